import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { createTransport, type Transporter } from 'nodemailer';
import type { TenantCaller } from '@app/platform/auth';
import { defined } from '@app/platform/errors';
import type { Config } from '../config.js';
import { announceDeliveryFailed } from '../delivery-failed.js';
import { afterFailure, smtpCodeOf, type MailStatus } from './mail.rules.js';
import * as store from './mail.store.js';
import { providerCa } from '../pec/receipt.service.js';
import { receiptsOf } from '../pec/receipt.store.js';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Short timeouts: the claimed rows stay locked while the server is asked. */
const smtp = (url: string, connections: number) =>
  createTransport({
    url,
    pool: true,
    maxConnections: connections,
    // A pooled connection is otherwise closed and opened again every 100 messages.
    maxMessages: 10_000,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
  });
/**
 * The PEC provider only over TLS (STARTTLS), its certificate checked against its CA when one is
 * given.
 */
const pecSmtp = (url: string, ca: string | undefined) =>
  createTransport({
    url,
    requireTLS: true,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 15_000,
    ...(ca ? { tls: { ca: [ca] } } : {}),
  });

/** What the server answered: the message's id, or the error it gave (none: no channel for it). */
type Outcome = { messageId: string } | { error: unknown } | { unconfigured: true };

async function send(mail: store.DueMail, transport: Transporter | undefined, from: string) {
  if (!transport) return { unconfigured: true } as const;
  try {
    const info = await transport.sendMail({
      from,
      to: mail.address,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      attachments: mail.attachments.map((file) => ({
        filename: file.fileName,
        contentType: file.contentType,
        content: Buffer.from(file.contentBase64, 'base64'),
      })),
    });
    return { messageId: info.messageId };
  } catch (error) {
    return { error };
  }
}

/** The outcome written: sent, scheduled again, or failed with `notify.delivery.failed`. */
async function record(
  manager: EntityManager,
  mail: store.DueMail,
  outcome: Outcome,
  schedule: number[],
  logger: Logger,
) {
  if ('unconfigured' in outcome)
    return store.markRetry(manager, mail.id, 'Canale PEC non configurato (PEC_SMTP_URL)', 3600);
  if ('messageId' in outcome) return store.markSent(manager, mail.id, outcome.messageId);
  const { error } = outcome;
  const next = afterFailure(mail.attempts + 1, schedule, smtpCodeOf(error));
  if ('retryInSeconds' in next) {
    logger.warn({ mail: mail.id, reason: reasonOf(error) }, 'message not delivered; will retry');
    return store.markRetry(manager, mail.id, reasonOf(error), next.retryInSeconds);
  }
  await store.markFailed(manager, mail.id, reasonOf(error));
  await announceDeliveryFailed(manager, {
    deliveryId: mail.id,
    channel: mail.channel,
    address: mail.address,
    eventId: mail.eventId,
    eventType: mail.eventType,
    senderAgencyId: mail.senderAgencyId,
    attempts: mail.attempts + 1,
    lastError: reasonOf(error).slice(0, 500),
  });
}

/**
 * The job that sends queued e-mail and PEC messages: claimed with SKIP LOCKED (replicas share the
 * work), sent together, then marked sent, scheduled again, or — after the last attempt or a final
 * refusal — failed, with `notify.delivery.failed` published in the same transaction.
 */
export function mailSender(dataSource: DataSource, config: Config, logger: Logger) {
  const transports = {
    email: smtp(config.SMTP_URL, config.MAIL_CONNECTIONS),
    pec: config.PEC_SMTP_URL ? pecSmtp(config.PEC_SMTP_URL, providerCa(config)) : undefined,
  };
  const from = { email: config.MAIL_FROM, pec: config.PEC_FROM };
  // The messages go to the server together; their outcomes are written one after another on the
  // transaction's connection, which runs one statement at a time.
  const sendSome = () =>
    dataSource.transaction(async (manager) => {
      const due = await store.claimDue(manager, config.MAIL_BATCH);
      const outcomes = await Promise.all(
        due.map((mail) => send(mail, transports[mail.channel], from[mail.channel])),
      );
      for (const [index, mail] of due.entries())
        await record(manager, mail, defined(outcomes[index]), config.MAIL_RETRY_SECONDS, logger);
      return due.length;
    });
  return {
    // While a backlog lasts the sender goes on (up to a slice), instead of one batch per poll.
    async run(): Promise<number> {
      const until = Date.now() + 2_000;
      let sent = 0;
      for (let last = -1; last !== 0 && Date.now() < until; sent += last) last = await sendSome();
      return sent;
    },
    // The pooled connections are closed, or the process would wait on them.
    async stop(): Promise<void> {
      transports.email.close();
      transports.pec?.close();
    },
  };
}

/**
 * What the agency sent, each PEC with its receipts (kind, time, whether the provider's signature
 * verified).
 */
export async function sentBy(
  dataSource: DataSource,
  caller: TenantCaller,
  query: { stato?: MailStatus; limit: number },
) {
  const items: { id: string; channel: string }[] = await store.sentBy(
    dataSource.manager,
    caller.tenant,
    query.stato,
    query.limit,
  );
  const receipts: { mailId: string }[] = await receiptsOf(
    dataSource.manager,
    items.filter((item) => item.channel === 'pec').map((item) => item.id),
  );
  return {
    items: items.map((item) => ({
      ...item,
      ...(item.channel === 'pec'
        ? { receipts: receipts.filter((receipt) => receipt.mailId === item.id) }
        : {}),
    })),
  };
}
