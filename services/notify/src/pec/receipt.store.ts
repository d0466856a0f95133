import type { EntityManager } from 'typeorm';
import type { PecState } from './receipt.rules.js';

/**
 * The PEC message a receipt names, by its bare Message-ID (kept as sent, in angle brackets: the
 * index serves it).
 */
export async function mailByMessageId(
  manager: EntityManager,
  messageId: string,
): Promise<
  | {
      id: string;
      pecState: PecState | null;
      address: string;
      eventId: string;
      eventType: string;
      senderAgencyId: string | null;
      attempts: number;
    }
  | undefined
> {
  const [row] = await manager.query(
    `SELECT id, pec_state AS "pecState", address, event_id AS "eventId", event_type AS
      "eventType", sender_agency_id AS "senderAgencyId", attempts
     FROM outgoing_mail WHERE channel = 'pec' AND message_id = $1 FOR UPDATE`,
    [`<${messageId}>`],
  );
  return row;
}

export async function keepReceipt(
  manager: EntityManager,
  receipt: {
    mailId: string | null;
    kind: string;
    messageId: string;
    recipient: string | null;
    error: string | null;
    signatureValid: boolean;
    signer: string | null;
    problem: string | null;
    daticert: string | null;
    raw: Buffer;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO pec_receipts (outgoing_mail_id, kind, referenced_message_id, recipient, error,
      signature_valid, signer, signature_problem, daticert, raw)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      receipt.mailId,
      receipt.kind,
      receipt.messageId,
      receipt.recipient,
      receipt.error,
      receipt.signatureValid,
      receipt.signer,
      receipt.problem,
      receipt.daticert,
      receipt.raw,
    ],
  );
}

export async function setState(
  manager: EntityManager,
  mailId: string,
  state: PecState,
): Promise<void> {
  await manager.query('UPDATE outgoing_mail SET pec_state = $2 WHERE id = $1', [mailId, state]);
}

/** The receipts of an agency's PEC message, newest last (not the bytes). */
export function receiptsOf(manager: EntityManager, mailIds: string[]) {
  return manager.query(
    `SELECT id, outgoing_mail_id AS "mailId", kind, recipient, error, signature_valid AS
      "signatureValid", signer, received_at AS "receivedAt"
     FROM pec_receipts WHERE outgoing_mail_id = ANY($1::uuid[]) ORDER BY received_at, id`,
    [mailIds],
  );
}

export async function rawReceipt(
  manager: EntityManager,
  agencyId: string,
  mailId: string,
  receiptId: string,
): Promise<Buffer | undefined> {
  const [row] = await manager.query(
    `SELECT r.raw FROM pec_receipts r JOIN outgoing_mail m ON m.id = r.outgoing_mail_id
     WHERE r.id = $3 AND m.id = $2 AND m.sender_agency_id = $1`,
    [agencyId, mailId, receiptId],
  );
  return row?.raw;
}
