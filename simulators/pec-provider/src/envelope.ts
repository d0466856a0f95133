import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { signCades, type SigningIdentity } from '@app/signed-documents';
import { daticert, type CertData, type ReceiptKind } from './daticert.js';

const subjects: Record<ReceiptKind, string> = {
  accettazione: 'ACCETTAZIONE',
  'avvenuta-consegna': 'CONSEGNA',
  'errore-consegna': 'AVVISO DI MANCATA CONSEGNA',
  'posta-certificata': 'POSTA CERTIFICATA',
};

function words(data: CertData): string {
  const when = data.at.toLocaleString('it-IT', { timeZone: 'Europe/Rome' });
  switch (data.kind) {
    case 'accettazione':
      return (
        `Il giorno ${when} il messaggio "${data.subject}" proveniente da ` +
        `"${data.sender}" ed indirizzato a: ${data.recipients.join(', ')} è stato ` +
        `accettato dal sistema ed inoltrato.\nIdentificativo messaggio: ${data.id}`
      );
    case 'avvenuta-consegna':
      return (
        `Il giorno ${when} il messaggio "${data.subject}" proveniente da ` +
        `"${data.sender}" ed indirizzato a "${data.deliveredTo}" è stato ` +
        `consegnato nella casella di destinazione.\nIdentificativo messaggio: ${data.id}`
      );
    case 'errore-consegna':
      return (
        `Il giorno ${when} nel messaggio "${data.subject}" proveniente da ` +
        `"${data.sender}" ed indirizzato a "${data.deliveredTo}" è stato rilevato ` +
        `un problema che ne impedisce la consegna a causa di: ` +
        `${data.error}\nIdentificativo messaggio: ${data.id}`
      );
    default:
      return (
        `Messaggio di posta certificata\nIl giorno ${when} il messaggio ` +
        `"${data.subject}" è stato inviato da "${data.sender}" indirizzato a: ` +
        `${data.recipients.join(', ')}\nIl messaggio originale è incluso in ` +
        `allegato.\nIdentificativo messaggio: ${data.id}`
      );
  }
}

const encodeWord = (text: string) =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

/**
 * A message of the provider — a receipt, or the transport envelope around the sender's message — as
 * S/MIME signed by the provider (opaque `application/pkcs7-mime`, CMS signed-data): inside, the
 * words,
 * `daticert.xml` and, for the envelope and the full delivery receipt, the original as
 * `postacert.eml`.
 */
export async function providerMessage(
  data: CertData,
  original: Buffer | undefined,
  to: string,
  from: string,
  signer: SigningIdentity,
): Promise<Buffer> {
  const attachments = [
    { filename: 'daticert.xml', content: daticert(data), contentType: 'application/xml' },
    ...(original
      ? [{ filename: 'postacert.eml', content: original, contentType: 'message/rfc822' }]
      : []),
  ];
  const inner = await new MailComposer({ text: words(data), attachments }).compile().build();
  const signed = await signCades(inner, signer, data.at);
  const headers = [
    `From: ${encodeWord(`Per conto di: ${data.sender}`)} <${from}>`,
    `To: ${to}`,
    `Subject: ${encodeWord(`${subjects[data.kind]}: ${data.subject}`)}`,
    `Date: ${data.at.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${data.kind}-${randomUUID()}@${from.split('@')[1]}>`,
    data.kind === 'posta-certificata'
      ? 'X-Trasporto: posta-certificata'
      : `X-Ricevuta: ${data.kind}`,
    `X-Riferimento-Message-ID: ${data.originalMessageId}`,
    'MIME-Version: 1.0',
    'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="smime.p7m"',
  ];
  const body = signed.toString('base64').replace(/.{1,76}/g, '$&\r\n');
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`);
}
