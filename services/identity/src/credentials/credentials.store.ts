import type { EntityManager } from 'typeorm';
import type { IssueReason } from './credentials.rules.js';

/** A message of credentials waiting for the mail server, with what it says. */
export interface PendingDelivery {
  id: string;
  email: string;
  username: string;
  reason: IssueReason;
  sealedSecret: string;
  attempts: number;
  givenName: string;
  familyName: string;
  expiresAt: Date;
}

/**
 * The next messages due, locked for this transaction; SKIP LOCKED lets replicas share the work, so
 * a message goes out once.
 */
export function claimDueDeliveries(
  manager: EntityManager,
  limit: number,
): Promise<PendingDelivery[]> {
  return manager.query(
    `SELECT d.id, d.email, d.username, d.reason, d.sealed_secret AS "sealedSecret", d.attempts,
            p.given_name AS "givenName", p.family_name AS "familyName", c.expires_at AS "expiresAt"
       FROM credential_deliveries d
       JOIN persons p ON p.id = d.person_id
       JOIN password_credentials c ON c.person_id = d.person_id
      WHERE d.sent_at IS NULL AND d.next_attempt_at <= now()
      ORDER BY d.created_at LIMIT $1 FOR UPDATE OF d SKIP LOCKED`,
    [limit],
  );
}

/** Delivered: the secret is forgotten. */
export async function markDelivered(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    `UPDATE credential_deliveries SET sent_at = now(), sealed_secret = NULL, attempts = attempts +
      1, last_error = NULL
      WHERE id = $1`,
    [id],
  );
}

/** Refused by the mail server: tried again after `retryInSeconds`. */
export async function markRefused(
  manager: EntityManager,
  id: string,
  failure: { reason: string; retryInSeconds: number },
): Promise<void> {
  await manager.query(
    `UPDATE credential_deliveries
        SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs
          => $3)
      WHERE id = $1`,
    [id, failure.reason, failure.retryInSeconds],
  );
}

export async function queueDelivery(
  manager: EntityManager,
  delivery: {
    personId: string;
    email: string;
    username: string;
    reason: IssueReason;
    sealedSecret: string;
    issuedBy: string | null;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO credential_deliveries (person_id, email, username, reason, sealed_secret,
      issued_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      delivery.personId,
      delivery.email,
      delivery.username,
      delivery.reason,
      delivery.sealedSecret,
      delivery.issuedBy,
    ],
  );
}

/**
 * A new issue makes every earlier undelivered message pointless: they are closed without sending.
 */
export async function supersedeEarlierDeliveries(
  manager: EntityManager,
  personId: string,
): Promise<void> {
  await manager.query(
    `UPDATE credential_deliveries SET sent_at = now(), sealed_secret = NULL, last_error =
      'sostituita'
      WHERE person_id = $1 AND sent_at IS NULL AND created_at < now()`,
    [personId],
  );
}
