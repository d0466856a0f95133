import { defined } from '@app/platform/errors';
/**
 * The certification data of a PEC message (DM 2 novembre 2005, allegato: `daticert.xml`): who sent
 * it to whom, when the provider handled it, the original message's id, and for receipts the
 * outcome.
 */
export type ReceiptKind =
  'accettazione' | 'avvenuta-consegna' | 'errore-consegna' | 'posta-certificata';

export interface CertData {
  kind: ReceiptKind;
  sender: string;
  recipients: string[];
  subject: string;
  provider: string;
  at: Date;
  id: string;
  originalMessageId: string;
  /** For a delivery receipt: the mailbox it reached. For a failure: why. */
  deliveredTo?: string;
  error?: string;
}

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (c) =>
    defined({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]),
  );

/**
 * Day and time as the rules write them, in Italian time (`gg/mm/aaaa`, `hh:mm:ss`, zone `+0100`).
 */
function italianTime(at: Date) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('it-IT', {
      timeZone: 'Europe/Rome',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
      timeZoneName: 'longOffset',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const zone = String(parts.timeZoneName).replace('GMT', '').replace(':', '') || '+0000';
  return {
    day: `${parts.day}/${parts.month}/${parts.year}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    zone,
  };
}

export function daticert(data: CertData): string {
  const when = italianTime(data.at);
  const error = data.kind === 'errore-consegna' ? 'no-dest' : 'nessuno';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<postacert tipo="${data.kind}" errore="${error}">`,
    '  <intestazione>',
    `    <mittente>${escape(data.sender)}</mittente>`,
    ...data.recipients.map(
      (to) => `    <destinatari tipo="certificato">${escape(to)}</destinatari>`,
    ),
    `    <risposte>${escape(data.sender)}</risposte>`,
    `    <oggetto>${escape(data.subject)}</oggetto>`,
    '  </intestazione>',
    '  <dati>',
    `    <gestore-emittente>${escape(data.provider)}</gestore-emittente>`,
    `    <data zona="${when.zone}"><giorno>${when.day}</giorno><ora>${when.time}</ora></data>`,
    `    <identificativo>${escape(data.id)}</identificativo>`,
    `    <msgid>${escape(data.originalMessageId)}</msgid>`,
    ...(data.kind === 'avvenuta-consegna'
      ? [
          '    <ricevuta tipo="completa"/>',
          `    <consegna>${escape(defined(data.deliveredTo))}</consegna>`,
        ]
      : []),
    ...(data.kind === 'errore-consegna'
      ? [
          `    <consegna>${escape(defined(data.deliveredTo))}</consegna>`,
          `    <errore-esteso>${escape(data.error ?? '')}</errore-esteso>`,
        ]
      : []),
    '  </dati>',
    '</postacert>',
    '',
  ].join('\n');
}
