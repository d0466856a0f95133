import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createTransport } from 'nodemailer';
import type { Config } from '../config.js';
import { credentialMail } from './credential-mail.js';
import { openSecret, type IssueReason } from './first-access.js';

interface Pending {
  id: string; email: string; username: string; reason: IssueReason; sealed_secret: string; attempts: number;
  given_name: string; family_name: string; expires_at: Date;
}

/** Waits before the next try of a message the mail server refused: 10 s, 20 s, 40 s… up to an hour. */
const backoffSeconds = (attempts: number) => Math.min(3600, 10 * 2 ** attempts);

/**
 * Sends the credentials waiting in credential_deliveries, then forgets their secret. Rows are
 * claimed with SKIP LOCKED, so replicas share the work and a message goes out once.
 */
export function credentialDelivery(dataSource: DataSource, config: Config, logger: Logger) {
  // Short timeouts: the claimed rows stay locked while the server is asked.
  const transport = createTransport({ url: config.SMTP_URL, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 });
  const loginUrl = `${config.PUBLIC_URL}/api/v1/auth/login`;
  return async function deliverPending(): Promise<number> {
    return dataSource.transaction(async (manager) => {
      const rows: Pending[] = await manager.query(
        `SELECT d.id, d.email, d.username, d.reason, d.sealed_secret, d.attempts, p.given_name, p.family_name, c.expires_at
         FROM credential_deliveries d JOIN persons p ON p.id = d.person_id JOIN password_credentials c ON c.person_id = d.person_id
         WHERE d.sent_at IS NULL AND d.next_attempt_at <= now() ORDER BY d.created_at LIMIT 20 FOR UPDATE OF d SKIP LOCKED`);
      for (const row of rows) {
        const message = credentialMail({
          givenName: row.given_name, familyName: row.family_name, username: row.username, reason: row.reason,
          password: openSecret(row.sealed_secret, config.SIGNING_KEY_SECRET), expiresAt: new Date(row.expires_at), loginUrl,
        });
        try {
          await transport.sendMail({ from: config.MAIL_FROM, to: row.email, ...message });
          await manager.query('UPDATE credential_deliveries SET sent_at = now(), sealed_secret = NULL, attempts = attempts + 1, last_error = NULL WHERE id = $1', [row.id]);
        } catch (error) {
          logger.warn({ delivery: row.id, reason: (error as Error).message }, 'credential mail not delivered; will retry');
          await manager.query(
            'UPDATE credential_deliveries SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1',
            [row.id, (error as Error).message.slice(0, 500), backoffSeconds(row.attempts)]);
        }
      }
      return rows.length;
    });
  };
}

export interface CredentialDelivery {
  /** One pass over the pending messages (the scheduled job). */
  run(): Promise<number>;
  /** A pass now, not waited for: a route calls it after committing new credentials. */
  wake(): void;
}

const running = new WeakMap<DataSource, CredentialDelivery>();

/** One delivery per running service, shared by its job and by the routes that wake it after a commit. */
export function credentialDeliveryOf(dataSource: DataSource, config: Config, logger: Logger): CredentialDelivery {
  let delivery = running.get(dataSource);
  if (!delivery) {
    const run = credentialDelivery(dataSource, config, logger);
    delivery = { run, wake: () => void run().catch((error) => logger.warn({ err: error }, 'credential delivery pass failed')) };
    running.set(dataSource, delivery);
  }
  return delivery;
}
