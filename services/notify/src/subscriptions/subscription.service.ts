import { randomBytes, randomUUID } from 'node:crypto';
import amqp, { type ChannelModel, type ConfirmChannel } from 'amqplib';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { TenantCaller } from '@app/platform/auth';
import { notFound, refuse, defined } from '@app/platform/errors';
import type { Config } from '../config.js';
import { brokerAdmin, vhostOf, type BrokerAdmin } from './broker-admin.js';
import {
  bindingKeys,
  cloudEventsHeaders,
  partnerExchange,
  queueOf,
  readOnlyOwnQueue,
  routingKeys,
  subscriptionRefusals as why,
  usernameOf,
} from './subscription.rules.js';
import * as store from './subscription.store.js';

/** The broker's management API, when the platform runs on RabbitMQ and may administer it. */
export function adminOf(config: Config): BrokerAdmin | undefined {
  return config.AMQP_URL && config.AMQP_MANAGEMENT_URL
    ? brokerAdmin(config.AMQP_MANAGEMENT_URL, vhostOf(config.AMQP_URL))
    : undefined;
}

function available(admin: BrokerAdmin | undefined): BrokerAdmin {
  if (!admin)
    throw refuse(
      why.BROKER_UNAVAILABLE,
      "La piattaforma non usa RabbitMQ (o non ne ha l'API di gestione): usa il " +
        'feed GET /api/v1/events o un webhook.',
    );
  return admin;
}

/** Where partners connect: the broker the platform uses, or the address published for them. */
function connection(config: Config, username: string, password: string) {
  const broker = new URL(config.AMQP_PUBLIC_URL ?? defined(config.AMQP_URL));
  const url = new URL(broker);
  url.username = username;
  url.password = password;
  return {
    host: broker.hostname,
    port: Number(broker.port || 5672),
    vhost: vhostOf(broker.toString()),
    username,
    password,
    url: url.toString(),
  };
}

/**
 * A queue of the partner's own, bound only to its agency's and public events, and a broker user
 * that may read that queue and do nothing else (no configure, no write). The password is shown
 * once.
 */
export async function subscribe(
  dataSource: DataSource,
  config: Config,
  admin: BrokerAdmin | undefined,
  caller: TenantCaller,
  body: { types: string[] },
) {
  const broker = available(admin);
  const id = randomUUID();
  const queue = queueOf(id);
  const username = usernameOf(id);
  const password = randomBytes(24).toString('base64url');
  await broker.putExchange(partnerExchange);
  await broker.putQueue(queue);
  for (const key of bindingKeys(caller.tenant, body.types))
    await broker.bind(partnerExchange, queue, key);
  await broker.putUser(username, password);
  await broker.permit(username, { configure: '^$', write: '^$', read: readOnlyOwnQueue(queue) });
  const saved = await store.save(dataSource.manager, {
    id,
    agencyId: caller.tenant,
    clientId: caller.clientId ?? null,
    username,
    queue,
    types: body.types,
  });
  return { ...saved, connection: connection(config, username, password) };
}

export const list = (dataSource: DataSource, caller: TenantCaller) =>
  store
    .list(dataSource.manager, caller.tenant, caller.clientId ?? null)
    .then((items) => ({ items }));

/**
 * Removes the queue and the broker user first: a subscription whose removal fails half-way can be
 * removed again.
 */
export async function unsubscribe(
  dataSource: DataSource,
  admin: BrokerAdmin | undefined,
  caller: TenantCaller,
  id: string,
): Promise<void> {
  const found = await store.find(dataSource.manager, caller.tenant, caller.clientId ?? null, id);
  if (!found) throw notFound('Sottoscrizione');
  const broker = available(admin);
  await broker.deleteUser(found.username);
  await broker.deleteQueue(found.queue);
  await store.remove(dataSource.manager, id);
}

/**
 * Publishes the feed to the partner exchange in its order, from a cursor kept in the database and
 * moved only after the broker confirmed: nothing skipped, at worst sent again after a crash (the
 * `cloudEvents_id` tells a repeat). One relay at a time across replicas (the cursor's row lock).
 */
export function amqpRelay(dataSource: DataSource, config: Config, logger: Logger) {
  let channel: ConfirmChannel | undefined;
  let connection: ChannelModel | undefined;
  async function open(): Promise<ConfirmChannel> {
    if (channel) return channel;
    connection = await amqp.connect(defined(config.AMQP_URL));
    connection.on('error', (error) =>
      logger.warn({ reason: error.message }, 'partner relay connection error'),
    );
    connection.on('close', () => {
      channel = undefined;
    });
    const opened = await connection.createConfirmChannel();
    await opened.assertExchange(partnerExchange, 'topic', { durable: true });
    channel = opened;
    return opened;
  }
  async function relay(): Promise<number> {
    const publishing = await open();
    return dataSource.transaction(async (manager) => {
      const cursor = await store.claimCursor(manager, partnerExchange);
      if (cursor === undefined) return 0;
      const rows = await store.feedAfter(manager, cursor, 500);
      for (const row of rows) {
        const headers = cloudEventsHeaders(row.envelope, row.seq);
        for (const key of routingKeys(row.type, row)) {
          publishing.publish(
            partnerExchange,
            key,
            Buffer.from(JSON.stringify(row.envelope.data ?? null)),
            {
              contentType: 'application/json',
              messageId: String(row.envelope.id),
              persistent: true,
              headers,
            },
          );
        }
      }
      await publishing.waitForConfirms();
      const last = rows.at(-1);
      if (last) await store.moveCursor(manager, partnerExchange, last.seq);
      return rows.length;
    });
  }
  async function stop(): Promise<void> {
    channel = undefined;
    await connection?.close().catch(() => undefined);
  }
  return { relay, stop };
}
