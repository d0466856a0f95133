import { recordAudit } from '@app/platform/audit';
import { readFileSync } from 'node:fs';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { openSignedEnvelope, trustListFromPem, type TrustList } from '@app/signed-documents';
import type { Config } from '../config.js';
import { announceDeliveryFailed } from '../delivery-failed.js';
import { bareMessageId, readDaticert, stateAfter } from './receipt.rules.js';
import * as store from './receipt.store.js';
import { defined } from '@app/platform/errors';

/** The provider's CA: it signs the receipts and the TLS of its servers. */
export const providerCa = (config: Config): string | undefined =>
  config.PEC_CA_FILE ? readFileSync(config.PEC_CA_FILE, 'utf8') : undefined;

/**
 * Opens a receipt: the S/MIME envelope verified against the provider's CA, the daticert.xml inside.
 */
async function openReceipt(raw: Buffer, trust: TrustList) {
  const outer = await simpleParser(raw);
  const kind = String(outer.headers.get('x-ricevuta') ?? '');
  const envelope = outer.attachments.find(
    (part) => /pkcs7-mime/i.test(part.contentType) || /\.p7m$/i.test(part.filename ?? ''),
  );
  if (!kind || !envelope) return undefined;
  const opened = await openSignedEnvelope(envelope.content, trust);
  const inner = await simpleParser(opened.content);
  const xml =
    inner.attachments.find((part) => part.filename === 'daticert.xml')?.content.toString('utf8') ??
    null;
  const certified = xml ? readDaticert(xml) : undefined;
  const reference =
    certified?.messageId ?? String(outer.headers.get('x-riferimento-message-id') ?? '');
  return {
    kind: certified?.kind ?? kind,
    messageId: bareMessageId(reference),
    recipient: certified?.recipient ?? null,
    error: certified?.error ?? null,
    daticert: xml,
    ...opened,
  };
}

/** The platform itself moved the message on, on the provider's receipt: no person, no agency. */
const auditMove = (
  manager: EntityManager,
  mail: { id: string; pecState: string | null },
  next: string,
  receipt: { kind: string; messageId: string },
) =>
  recordAudit(
    manager,
    {},
    {
      action: `pec-message.${next}`,
      entityType: 'pec-message',
      entityId: mail.id,
      details: { from: mail.pecState, receipt: receipt.kind, messageId: receipt.messageId },
    },
  );

/**
 * Keeps a receipt with what it proves, and moves the message's state (publishing a failed
 * delivery).
 */
async function record(
  manager: EntityManager,
  raw: Buffer,
  trust: TrustList,
  logger: Logger,
): Promise<void> {
  const receipt = await openReceipt(raw, trust);
  if (!receipt) return;
  const signatureValid = receipt.signature !== null;
  if (!signatureValid)
    logger.warn(
      { kind: receipt.kind, problem: receipt.problem },
      'PEC receipt whose signature does not verify: kept, state unchanged',
    );
  const mail = await store.mailByMessageId(manager, receipt.messageId);
  await store.keepReceipt(manager, {
    mailId: mail?.id ?? null,
    kind: receipt.kind,
    messageId: receipt.messageId,
    recipient: receipt.recipient,
    error: receipt.error,
    signatureValid,
    signer: receipt.signature?.signerName ?? null,
    problem: receipt.problem,
    daticert: receipt.daticert,
    raw,
  });
  if (!mail) return;
  const next = stateAfter(mail.pecState, receipt.kind, signatureValid);
  if (next === mail.pecState || next === null) return;
  await store.setState(manager, mail.id, next);
  await auditMove(manager, mail, next, receipt);
  if (next === 'non-consegnato') {
    await announceDeliveryFailed(manager, {
      deliveryId: mail.id,
      channel: 'pec',
      address: mail.address,
      eventId: mail.eventId,
      eventType: mail.eventType,
      senderAgencyId: mail.senderAgencyId,
      attempts: mail.attempts,
      lastError: receipt.error ?? 'Avviso di mancata consegna',
    });
  }
}

/**
 * The job that collects the receipts from the platform's PEC mailbox over IMAP: each one is kept
 * and applied in a transaction, then removed from the mailbox. A crash between the two reads it
 * again; the state moves only forward, so a receipt applied twice changes nothing more.
 */
export function pecReceiptReader(dataSource: DataSource, config: Config, logger: Logger) {
  const ca = providerCa(config);
  // The provider's seal on a receipt: transport evidence, not a qualified signature. No time-stamp
  // is expected; revocation is asked where its certificate names a service.
  const trust = trustListFromPem(ca ?? '', {
    policy: { timestamp: 'optional', revocation: 'when-named' },
  });
  const url = new URL(defined(config.PEC_IMAP_URL));
  return async function collect(): Promise<number> {
    const client = new ImapFlow({
      host: url.hostname,
      port: Number(url.port || (url.protocol === 'imaps:' ? 993 : 143)),
      secure: url.protocol === 'imaps:',
      auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      logger: false,
      ...(ca ? { tls: { ca: [ca] } } : {}),
    });
    client.on('error', (error: Error) =>
      logger.warn({ reason: error.message }, 'PEC mailbox connection error'),
    );
    await client.connect();
    try {
      const lock = await client.getMailboxLock('INBOX');
      try {
        const found: { uid: number; source: Buffer }[] = [];
        if (
          (client.mailbox && typeof client.mailbox === 'object' ? client.mailbox.exists : 0) > 0
        ) {
          for await (const message of client.fetch('1:*', { uid: true, source: true }))
            if (message.source) found.push({ uid: message.uid, source: message.source });
        }
        for (const message of found)
          await dataSource.transaction((manager) => record(manager, message.source, trust, logger));
        if (found.length)
          await client.messageDelete(found.map((message) => message.uid).join(','), { uid: true });
        return found.length;
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => undefined);
    }
  };
}
