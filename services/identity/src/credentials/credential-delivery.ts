import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { createTransport } from 'nodemailer';
import type { Config } from '../config.js';
import { credentialMail } from './credential-mail.js';
import { retryDelaySeconds } from './credentials.rules.js';
import { openSecret } from './credential-secret.js';
import * as store from './credentials.store.js';

/**
 * Sends the credentials waiting in credential_deliveries, then forgets their secret. Rows are
 * claimed with SKIP LOCKED, so replicas share the work and a message goes out once.
 */
export function credentialDelivery(dataSource: DataSource, config: Config, logger: Logger) {
  // Short timeouts: the claimed rows stay locked while the server is asked.
  const transport = createTransport({
    url: config.SMTP_URL,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  const loginUrl = `${config.PUBLIC_URL}/api/v1/auth/login`;
  return async function deliverPending(): Promise<number> {
    return dataSource.transaction(async (manager) => {
      const due = await store.claimDueDeliveries(manager, 20);
      for (const delivery of due) {
        const message = credentialMail({
          givenName: delivery.givenName,
          familyName: delivery.familyName,
          username: delivery.username,
          reason: delivery.reason,
          password: openSecret(delivery.sealedSecret, config.SIGNING_KEY_SECRET),
          expiresAt: new Date(delivery.expiresAt),
          loginUrl,
        });
        try {
          await transport.sendMail({ from: config.MAIL_FROM, to: delivery.email, ...message });
          await store.markDelivered(manager, delivery.id);
        } catch (error) {
          const reason = (error as Error).message;
          logger.warn(
            { delivery: delivery.id, reason },
            'credential mail not delivered; will retry',
          );
          await store.markRefused(manager, delivery.id, {
            reason: reason.slice(0, 500),
            retryInSeconds: retryDelaySeconds(delivery.attempts),
          });
        }
      }
      return due.length;
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

/**
 * One delivery per running service, shared by its job and by the routes that wake it after a
 * commit.
 */
export function credentialDeliveryOf(
  dataSource: DataSource,
  config: Config,
  logger: Logger,
): CredentialDelivery {
  let delivery = running.get(dataSource);
  if (!delivery) {
    const run = credentialDelivery(dataSource, config, logger);
    delivery = {
      run,
      wake: () =>
        void run().catch((error) => logger.warn({ err: error }, 'credential delivery pass failed')),
    };
    running.set(dataSource, delivery);
  }
  return delivery;
}
