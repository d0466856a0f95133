import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { simpleParser } from 'mailparser';
import { cmsContent } from '@app/signed-documents/testing';
import { orderingEvents } from '@app/events';
import { waitFor } from '@app/platform/testing';
import { startPecProvider, type PecProvider } from '@app/sim-pec-provider';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { deliverToNotify, notifyOf } from './notify-helpers.js';
import { defined } from '@app/platform/errors';

/** The provider's S/MIME signature checked by OpenSSL, an implementation independent of the platform's. */
function opensslVerifies(p7m: Buffer, caPem: string): boolean {
  const folder = mkdtempSync(join(tmpdir(), 'pec-verify-'));
  writeFileSync(join(folder, 'ca.pem'), caPem);
  writeFileSync(join(folder, 'smime.p7m'), p7m);
  try {
    execFileSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-inform',
        'DER',
        '-in',
        join(folder, 'smime.p7m'),
        '-CAfile',
        join(folder, 'ca.pem'),
        '-purpose',
        'any',
        '-out',
        join(folder, 'content.eml'),
      ],
      { stdio: 'pipe' },
    );
    return true;
  } catch {
    return false;
  }
}

/** The order's signed summary sheet, as ordering dispatches it with the supplier's PEC. */
const sheet = Buffer.from('%PDF-1.7 scheda di sintesi firmata');

/** Issue "Notify", PEC: the supplier's certified message through a provider, its receipts read back, kept and verified. */
describe('PEC through the provider: transport envelope, receipts, states', () => {
  let demo: DemoPlatform;
  let gaio: Session;
  let agencies: { regione: string; supplier: string };
  let stranger: PecProvider | undefined;

  const db = () => notifyOf(demo).deps.dataSource;
  function approveOrder(pec: string): Promise<string> {
    return deliverToNotify(
      demo,
      orderingEvents.orderSupplierDispatch.type,
      {
        orderId: randomUUID(),
        code: `O${Math.floor(Math.random() * 90000) + 10000}/2026`,
        contractId: randomUUID(),
        contractTitle: 'Sistema Cloud Toscana',
        contractCig: '7154112FF8',
        agencyId: randomUUID(),
        agencyName: 'Comune di Prato',
        banditoreAgencyId: agencies.regione,
        supplier: {
          name: 'Servizi Integrati S.p.A.',
          fiscalCode: '12345678903',
          pec,
          agencyId: agencies.supplier,
        },
        adhesionId: null,
        cig: 'B000001279',
        totalCents: 1_250_00,
        sender: null,
        actor: { subject: 'x', profileId: null, agencyId: agencies.regione },
        approvedAt: new Date().toISOString(),
        supplierDeadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        documents: [
          {
            fileName: 'scheda-sintesi.pdf',
            contentType: 'application/pdf',
            sha256: 'x',
            contentBase64: sheet.toString('base64'),
          },
        ],
        omitted: [],
      },
      { tenant: agencies.regione },
    );
  }
  const pecOf = async (eventId: string) =>
    (
      await db().query(
        `SELECT id, status, pec_state AS "pecState", message_id AS "messageId", address FROM outgoing_mail WHERE event_id = $1 AND channel = 'pec'`,
        [eventId],
      )
    )[0];
  const receiptsOf = (mailId: string) =>
    db().query(
      'SELECT kind, signature_valid AS "signatureValid", signer, recipient, raw FROM pec_receipts WHERE outgoing_mail_id = $1 ORDER BY received_at, kind',
      [mailId],
    );

  before(async () => {
    demo = await startDemoPlatform({ MAIL_POLL_MS: '200', PEC_POLL_MS: '300' });
    gaio = await passwordSession(demo.gateway, 'gaio.cesare');
    const marco = await passwordSession(demo.gateway, 'marco.neri');
    agencies = {
      regione: (await gaio.call('GET', '/api/v1/me')).selectedProfile.agency.id,
      supplier: (await marco.call('GET', '/api/v1/me')).selectedProfile.agency.id,
    };
  });

  after(async () => {
    await stranger?.stop();
    await demo?.stop();
  });

  test("when an order is approved, then the supplier's PEC leaves over STARTTLS, arrives in a signed transport envelope, and its acceptance and delivery receipts are read back, verified and kept", async () => {
    const eventId = await approveOrder('gare@pec.serviziintegrati.example');
    const mail = await waitFor(async () => {
      const found = await pecOf(eventId);
      return found?.pecState === 'consegnato' ? found : undefined;
    }, 20_000);
    assert.equal(mail.status, 'inviato');
    const receipts = await receiptsOf(mail.id);
    assert.deepEqual(receipts.map((r: { kind: string }) => r.kind).sort(), [
      'accettazione',
      'avvenuta-consegna',
    ]);
    assert.ok(
      receipts.every(
        (r: { signatureValid: boolean; signer: string }) =>
          r.signatureValid && /pec\.simulatore\.example/.test(r.signer),
      ),
      JSON.stringify(receipts.map((r: { signer: string }) => r.signer)),
    );
    const delivered = receipts.find((r: { kind: string }) => r.kind === 'avvenuta-consegna');
    assert.equal(delivered.recipient, 'gare@pec.serviziintegrati.example');
    // What the supplier's mailbox holds: the transport envelope, signed by the provider, the original inside.
    const [busta] = defined(
      demo.simulators.pec.mailboxes.get('gare@pec.serviziintegrati.example'),
    ).messages;
    const parsed = await simpleParser(defined(busta).raw);
    assert.match(parsed.subject ?? '', /^POSTA CERTIFICATA: Ordinativo di fornitura O\d+\/2026/);
    assert.equal(parsed.headers.get('x-trasporto'), 'posta-certificata');
    const p7m = defined(parsed.attachments.find((part) => part.filename === 'smime.p7m')).content;
    assert.ok(
      opensslVerifies(p7m, demo.simulators.pec.caPem),
      "OpenSSL verifies the provider's signature",
    );
    // Seed 001: the documents «devono essere inviati al Fornitore tramite PEC»: the original inside
    // the envelope carries the order's signed summary sheet, byte for byte.
    // (mailparser lists the original's parts among the envelope's: postacert.eml is read through.)
    const inner = await simpleParser(cmsContent(p7m));
    const attached = inner.attachments.find((part) => part.filename === 'scheda-sintesi.pdf');
    assert.ok(attached, JSON.stringify(inner.attachments.map((p) => p.filename)));
    assert.deepEqual(Buffer.from(attached.content), sheet);
    assert.ok(
      opensslVerifies(
        Buffer.from(defined((await simpleParser(delivered.raw)).attachments[0]).content),
        demo.simulators.pec.caPem,
      ),
    );
    // The platform's mailbox is emptied of what was read.
    assert.equal(
      defined(
        demo.simulators.pec.mailboxes.get('negozio-elettronico@pec.negozio-elettronico.example'),
      ).messages.length,
      0,
    );
  });

  test("when the supplier's PEC mailbox does not exist, then the non-delivery notice marks it not delivered, notify.delivery.failed is published and the banditore sees it", async () => {
    const eventId = await approveOrder('inesistente@pec.fornitore.invalid');
    const mail = await waitFor(async () => {
      const found = await pecOf(eventId);
      return found?.pecState === 'non-consegnato' ? found : undefined;
    }, 20_000);
    const [failed] = await db().query(
      `SELECT envelope FROM outbox WHERE routing_key = 'notify.delivery.failed.v1' AND envelope->'data'->>'deliveryId' = $1`,
      [mail.id],
    );
    assert.equal(failed.envelope.data.channel, 'pec');
    assert.match(failed.envelope.data.lastError, /inesistente/);
    const seen = await gaio.call('GET', '/api/v1/notification-deliveries');
    const row = seen.items.find((item: { id: string }) => item.id === mail.id);
    assert.equal(row.pecState, 'non-consegnato');
    assert.deepEqual(row.receipts.map((r: { kind: string }) => r.kind).sort(), [
      'accettazione',
      'errore-consegna',
    ]);
  });

  test('when a receipt signed by someone else claims a failure, then it is kept as unverified and the state does not move', async () => {
    const eventId = await approveOrder('ufficio.gare@pec.serviziintegrati.example');
    const mail = await waitFor(async () => {
      const found = await pecOf(eventId);
      return found?.pecState === 'consegnato' ? found : undefined;
    }, 20_000);
    // Another provider (another CA) certifies a message with the same id as undeliverable.
    stranger = await startPecProvider({
      smtpPort: 0,
      imapPort: 0,
      httpPort: 0,
      domain: 'pec.falso.example',
      mailboxes: [{ address: 'falsario@pec.falso.example', password: 'segreto' }],
    });
    const transport = createTransport({
      url: stranger.smtpUrl('falsario@pec.falso.example', 'segreto'),
      requireTLS: true,
      tls: { ca: [stranger.caPem] },
    });
    await transport.sendMail({
      from: 'falsario@pec.falso.example',
      to: 'inesistente@pec.falso.invalid',
      subject: 'falso',
      text: 'x',
      messageId: mail.messageId,
    });
    const forged = defined(
      defined(stranger.mailboxes.get('falsario@pec.falso.example')).messages.find((m) =>
        m.raw.toString('latin1').includes('X-Ricevuta: errore-consegna'),
      ),
    );
    const platformBox = defined(
      demo.simulators.pec.mailboxes.get('negozio-elettronico@pec.negozio-elettronico.example'),
    );
    platformBox.messages.push({ uid: platformBox.nextUid++, raw: forged.raw, deleted: false });
    await waitFor(
      async () =>
        (await receiptsOf(mail.id)).some((r: { signatureValid: boolean }) => !r.signatureValid)
          ? true
          : undefined,
      10_000,
    );
    assert.equal((await pecOf(eventId)).pecState, 'consegnato');
    const [{ count }] = await db().query(
      `SELECT count(*)::int FROM outbox WHERE routing_key = 'notify.delivery.failed.v1' AND envelope->'data'->>'deliveryId' = $1`,
      [mail.id],
    );
    assert.equal(count, 0);
  });

  test('when someone submits to the provider without TLS or with a wrong password, then the provider refuses', async () => {
    const pec = demo.simulators.pec;
    const plain = createTransport({
      url: pec.smtpUrl('negozio-elettronico@pec.negozio-elettronico.example', 'x'),
      ignoreTLS: true,
    });
    await assert.rejects(
      plain.sendMail({
        from: 'negozio-elettronico@pec.negozio-elettronico.example',
        to: 'a@pec.example',
        subject: 's',
        text: 't',
      }),
    );
    const wrong = createTransport({
      url: pec.smtpUrl('negozio-elettronico@pec.negozio-elettronico.example', 'sbagliata'),
      requireTLS: true,
      tls: { ca: [pec.caPem] },
    });
    await assert.rejects(
      wrong.sendMail({
        from: 'negozio-elettronico@pec.negozio-elettronico.example',
        to: 'a@pec.example',
        subject: 's',
        text: 't',
      }),
      /Credenziali|535|Invalid/,
    );
  });
});
