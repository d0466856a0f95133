import type { EntityManager } from 'typeorm';
import { fairLanes, noLane } from '@app/platform/db';
import type { MailStatus } from './mail.rules.js';

export interface QueuedMail {
  eventId: string;
  eventType: string;
  channel: 'email' | 'pec';
  address: string;
  recipientName: string;
  template: string;
  senderAgencyId: string | null;
  recipientAgencyId: string | null;
  subject: string;
  text: string;
  html: string | null;
  attachments?: MailAttachment[];
}

/** A file a message carries, as the event brought it. */
export interface MailAttachment {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** Once per event, channel, address and template: a redelivered event queues nothing new. */
export async function queue(manager: EntityManager, mail: QueuedMail): Promise<void> {
  await manager.query(
    `INSERT INTO outgoing_mail (event_id, event_type, channel, address, recipient_name, template,
      sender_agency_id, recipient_agency_id, subject, text_body, html_body, attachments)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (event_id, channel,
       address, template) DO NOTHING`,
    [
      mail.eventId,
      mail.eventType,
      mail.channel,
      mail.address,
      mail.recipientName,
      mail.template,
      mail.senderAgencyId,
      mail.recipientAgencyId,
      mail.subject,
      mail.text,
      mail.html,
      JSON.stringify(mail.attachments ?? []),
    ],
  );
}

/** Many messages of one cause at once (a fan-out's batch), each once as `queue` does. */
export async function queueMany(manager: EntityManager, mails: QueuedMail[]): Promise<void> {
  if (!mails.length) return;
  await manager.query(
    `INSERT INTO outgoing_mail (event_id, event_type, channel, address, recipient_name, template,
      sender_agency_id, recipient_agency_id, subject, text_body, html_body, attachments)
     SELECT m.event_id, m.event_type, m.channel, m.address, m.recipient_name, m.template,
       m.sender_agency_id, m.recipient_agency_id, m.subject, m.text_body, m.html_body, '[]'
     FROM jsonb_to_recordset($1::jsonb) AS m(event_id text, event_type text, channel text,
       address text, recipient_name text, template text, sender_agency_id uuid,
       recipient_agency_id uuid, subject text, text_body text, html_body text)
     ON CONFLICT (event_id, channel, address, template) DO NOTHING`,
    [
      JSON.stringify(
        mails.map((mail) => ({
          event_id: mail.eventId,
          event_type: mail.eventType,
          channel: mail.channel,
          address: mail.address,
          recipient_name: mail.recipientName,
          template: mail.template,
          sender_agency_id: mail.senderAgencyId,
          recipient_agency_id: mail.recipientAgencyId,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
        })),
      ),
    ],
  );
}

export interface DueMail {
  id: string;
  eventId: string;
  eventType: string;
  channel: 'email' | 'pec';
  address: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
  senderAgencyId: string | null;
  attachments: MailAttachment[];
}

const mailLane = `coalesce(sender_agency_id, '${noLane}'::uuid)`;
const dueColumns = `id, event_id AS "eventId", event_type AS "eventType", channel, address, subject,
  text_body AS text, html_body AS html, attempts, sender_agency_id AS "senderAgencyId",
  attachments`;

/**
 * Due messages, locked for this sender: replicas skip each other's and each message goes out once.
 * First a share of every agency's (fairLanes): one agency's thousands wait beside another's one,
 * not in front of it; what the shares leave of the batch, the oldest of any.
 */
export function claimDue(manager: EntityManager, limit: number): Promise<DueMail[]> {
  const lanes = fairLanes({
    table: 'outgoing_mail',
    lane: mailLane,
    pending: "status = 'in-coda'",
    limitParam: '$1',
  });
  return manager.query(
    `WITH RECURSIVE ${lanes},
     fair AS (
       SELECT m.* FROM lanes l CROSS JOIN share, LATERAL (
         SELECT ${dueColumns} FROM outgoing_mail
         WHERE status = 'in-coda' AND ${mailLane} = l.lane AND next_attempt_at <= now()
         ORDER BY next_attempt_at LIMIT share.k FOR UPDATE SKIP LOCKED) m
       WHERE l.lane IS NOT NULL),
     rest AS (
       SELECT ${dueColumns} FROM outgoing_mail
       WHERE status = 'in-coda' AND next_attempt_at <= now() AND id NOT IN (SELECT id FROM fair)
       ORDER BY next_attempt_at LIMIT greatest(0, $1 - (SELECT count(*) FROM fair))
       FOR UPDATE SKIP LOCKED)
     SELECT * FROM fair UNION ALL SELECT * FROM rest`,
    [limit],
  );
}

export async function markSent(
  manager: EntityManager,
  id: string,
  messageId: string,
): Promise<void> {
  await manager.query(
    `UPDATE outgoing_mail SET status = 'inviato', attempts = attempts + 1, ` +
      `sent_at = now(), message_id = $2, last_error = NULL WHERE id = $1`,
    [id, messageId],
  );
}

export async function markRetry(
  manager: EntityManager,
  id: string,
  error: string,
  inSeconds: number,
): Promise<void> {
  await manager.query(
    `UPDATE outgoing_mail SET attempts = attempts + 1, last_error = $2, ` +
      `next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1`,
    [id, error.slice(0, 500), inSeconds],
  );
}

export async function markFailed(manager: EntityManager, id: string, error: string): Promise<void> {
  await manager.query(
    `UPDATE outgoing_mail SET status = 'fallito', attempts = attempts + 1, ` +
      `last_error = $2 WHERE id = $1`,
    [id, error.slice(0, 500)],
  );
}

/** What an agency sent (or was the reason for), newest first; the failed ones first when asked. */
export function sentBy(
  manager: EntityManager,
  agencyId: string,
  status: MailStatus | undefined,
  limit: number,
) {
  return manager.query(
    `SELECT id, channel, address, recipient_name AS "recipientName", template, subject, status,
      pec_state AS "pecState", attempts, last_error AS "lastError",
       event_type AS "eventType", created_at AS "createdAt", sent_at AS "sentAt", next_attempt_at
         AS "nextAttemptAt"
     FROM outgoing_mail WHERE sender_agency_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY
       created_at DESC, id LIMIT $3`,
    [agencyId, status ?? null, limit],
  );
}
