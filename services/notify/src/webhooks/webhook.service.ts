import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import type { Agent } from 'undici';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { notifyEvents } from '@app/events';
import type { TenantCaller } from '@app/platform/auth';
import { notFound, refuse, defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import { keyringOf } from '@app/platform/secrets';
import type { Config } from '../config.js';
import { announceDeliveryFailed } from '../delivery-failed.js';
import { passes, type Filter } from '../feed/feed.rules.js';
import { partnerEnvelope } from '../feed/feed.service.js';
import type { FeedRow } from '../feed/feed.store.js';
import * as inbox from '../inbox/notification.store.js';
import * as recipients from '../recipients/recipients.store.js';
import { renderInbox } from '../templates/template.service.js';
import { checkedAgent, internalAddressAmong, postThrough } from './webhook-connections.js';
import { newSecret, newSigningKeys, signedHeaders } from './webhook-signature.js';
import {
  internalAddressRefusal,
  keepsFailing,
  laneOf,
  nextAttempt,
  urlProblem,
  webhookLifecycle,
  webhookRefusals as why,
  type WebhookStatus,
} from './webhook.rules.js';
import * as store from './webhook.store.js';

const ownerOf = (caller: TenantCaller): store.Owner => ({
  agencyId: caller.tenant,
  clientId: caller.clientId ?? null,
});
const reasonOf = (error: unknown) =>
  error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message}: ${error.cause.message}`
      : error.message
    : String(error);

/**
 * Why a URL may not be called: its form, and every address its name resolves to. Before each call
 * the name is not resolved here (`resolveName` false): the checked agent resolves it once, as it
 * connects.
 */
export async function endpointProblem(
  raw: string,
  allowPrivate: boolean,
  resolveName = true,
): Promise<string | undefined> {
  const url = new URL(raw);
  const problem = urlProblem(url, allowPrivate);
  if (problem || allowPrivate) return problem;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(host) && !resolveName) return undefined;
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host)
      ? [host]
      : (await lookup(host, { all: true })).map((found) => found.address);
  } catch {
    return `Il nome ${host} non si risolve in un indirizzo.`;
  }
  const internal = internalAddressAmong(addresses);
  return internal ? internalAddressRefusal(internal) : undefined;
}

async function acceptable(url: string, config: Config): Promise<void> {
  const problem = await endpointProblem(url, config.WEBHOOK_ALLOW_PRIVATE);
  if (problem) throw refuse(why.ENDPOINT_REFUSED, problem);
}

export async function create(
  dataSource: DataSource,
  config: Config,
  caller: TenantCaller,
  body: { url: string; description: string; filters: Filter[] },
) {
  await acceptable(body.url, config);
  const secret = newSecret();
  const keys = newSigningKeys();
  // Kept sealed under the envelope key (SECRETS_KEYS): a backup or a read of the table gives no
  // secret.
  const keyring = keyringOf(config.SECRETS_KEYS);
  const hook = await store.create(dataSource.manager, ownerOf(caller), {
    ...body,
    secret: keyring.seal(secret),
    publicKey: keys.publicKey,
    privateKey: keyring.seal(keys.privateKey),
  });
  // The secret is shown once, here; afterwards only a rotation gives a new one.
  return { ...hook, secret };
}

export const list = (dataSource: DataSource, caller: TenantCaller) =>
  store.list(dataSource.manager, ownerOf(caller)).then((items) => ({ items }));

export async function get(dataSource: DataSource, caller: TenantCaller, id: string) {
  return (
    (await store.find(dataSource.manager, ownerOf(caller), id)) ??
    Promise.reject(notFound('Webhook'))
  );
}

export async function change(
  dataSource: DataSource,
  config: Config,
  caller: TenantCaller,
  id: string,
  body: { url?: string; description?: string; filters?: Filter[]; status?: WebhookStatus },
) {
  if (body.url) await acceptable(body.url, config);
  const { status, ...fields } = body;
  if (!status)
    return (
      (await store.change(dataSource.manager, ownerOf(caller), id, fields)) ??
      Promise.reject(notFound('Webhook'))
    );
  // Turning it on or off is a step of its lifecycle; the other fields change with it.
  const hook = await store.find(dataSource.manager, ownerOf(caller), id);
  if (!hook) throw notFound('Webhook');
  let changed: Awaited<ReturnType<typeof store.change>>;
  await takeStep(webhookLifecycle, status === 'attivo' ? 'enabled' : 'disabled', hook, {
    save: async (to) => {
      changed = await store.change(dataSource.manager, ownerOf(caller), id, {
        ...fields,
        status: to,
      });
    },
  });
  return changed ?? Promise.reject(notFound('Webhook'));
}

export async function remove(
  dataSource: DataSource,
  caller: TenantCaller,
  id: string,
): Promise<void> {
  if (!(await store.remove(dataSource.manager, ownerOf(caller), id))) throw notFound('Webhook');
}

export async function rotate(
  dataSource: DataSource,
  config: Config,
  caller: TenantCaller,
  id: string,
) {
  const secret = newSecret();
  const hook = await store.rotate(
    dataSource.manager,
    ownerOf(caller),
    id,
    keyringOf(config.SECRETS_KEYS).seal(secret),
    config.WEBHOOK_SECRET_OVERLAP_SECONDS,
  );
  if (!hook) throw notFound('Webhook');
  return { ...hook, secret };
}

export async function deliveries(
  dataSource: DataSource,
  caller: TenantCaller,
  id: string,
  query: { stato?: string; limit: number },
) {
  await get(dataSource, caller, id);
  return { items: await store.deliveries(dataSource.manager, id, query.stato, query.limit) };
}

const replayLimit = 10_000;

/**
 * Sends again one message, or every message of the agency since a time that the endpoint's filters
 * let through.
 */
export async function replay(
  dataSource: DataSource,
  caller: TenantCaller,
  id: string,
  body: { deliveryId: string } | { since: string },
) {
  const hook = await get(dataSource, caller, id);
  if (hook.status !== 'attivo')
    throw refuse(why.WEBHOOK_DISABLED, 'Riattiva il webhook prima di riproporre i messaggi.');
  return dataSource.transaction(async (manager) => {
    if ('deliveryId' in body) {
      const delivery = await store.deliveryOf(manager, id, body.deliveryId);
      if (!delivery) throw notFound('Consegna');
      return { queued: await store.requeue(manager, id, [delivery.seq], caller.tenant) };
    }
    const rows = await store.feedSince(manager, caller.tenant, body.since, replayLimit + 1);
    if (rows.length > replayLimit)
      throw refuse(
        why.REPLAY_TOO_LARGE,
        `Dal momento indicato ci sono più di ${replayLimit} messaggi: scegli un ` +
          `momento più recente o leggi il feed GET /api/v1/events.`,
      );
    const chosen = rows.filter((row) =>
      (hook.filters as Filter[]).every((filter) => passes(filter, row.envelope)),
    );
    return {
      queued: chosen.length
        ? await store.requeue(
            manager,
            id,
            chosen.map((row) => row.seq),
            caller.tenant,
          )
        : 0,
    };
  });
}

/**
 * Queues a newly recorded event for each active endpoint that may see it and whose filters let it
 * through, in the event's transaction. A failed webhook delivery is not sent to webhooks (it would
 * feed its own failures back); it stays in the feed.
 */
export async function fanOut(manager: EntityManager, row: FeedRow): Promise<void> {
  if (
    row.type === notifyEvents.deliveryFailed.type &&
    (row.envelope.data as { channel?: string })?.channel === 'webhook'
  )
    return;
  const hooks = await store.activeFor(manager, row.public ? 'all' : row.agencies);
  await store.enqueue(
    manager,
    hooks
      .filter((hook) => hook.filters.every((filter) => passes(filter, row.envelope)))
      .map((hook) => hook.id),
    row.seq,
    laneOf(row.envelope.tenant, row.agencies),
  );
}

async function post(
  delivery: store.Claimed,
  config: Config,
  agent: Agent,
): Promise<{ statusCode: number | null; error: string | null; latencyMs: number }> {
  const started = performance.now();
  const body = JSON.stringify(partnerEnvelope(delivery));
  const keyring = keyringOf(config.SECRETS_KEYS);
  try {
    // Opened inside the attempt: a secret whose key SECRETS_KEYS no longer holds is a failed
    // attempt with its reason.
    const secrets = [
      delivery.secret,
      ...(delivery.previousSecret ? [delivery.previousSecret] : []),
    ].map((sealed) => keyring.open(sealed));
    // An address written as such is checked here (no lookup runs for it); a name, by the agent as
    // it connects.
    const problem = await endpointProblem(delivery.url, config.WEBHOOK_ALLOW_PRIVATE, false);
    if (problem) throw new Error(problem);
    const signed = signedHeaders(delivery.eventId, Math.floor(Date.now() / 1000), body, {
      secrets,
      publicKey: delivery.publicKey,
      privateKey: keyring.open(delivery.privateKey),
    });
    // The connection checks the address it connects to: a name that answers differently now is
    // refused.
    const response = await postThrough(agent, delivery.url, {
      body,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      headers: {
        'content-type': 'application/cloudevents+json',
        'user-agent': 'NegozioElettronico-Webhook/1',
        ...signed,
      },
    });
    const ok = response.status >= 200 && response.status < 300;
    return {
      statusCode: response.status,
      error: ok ? null : `HTTP ${response.status}`,
      latencyMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    return {
      statusCode: null,
      error: reasonOf(error),
      latencyMs: Math.round(performance.now() - started),
    };
  }
}

async function tellDisabled(manager: EntityManager, delivery: store.Claimed): Promise<void> {
  const words = renderInbox('webhook-disattivato', { url: delivery.url });
  const eventId = `webhook-disattivato:${delivery.webhookId}:${Date.now()}`;
  for (const person of await recipients.addressees(manager, {
    agencyId: delivery.agencyId,
    roles: ['amministratore-ente', 'amministratore-ordine'],
  })) {
    await inbox.deliver(manager, {
      eventId,
      eventType: 'notify.webhook.disabled',
      profileId: person.profileId,
      agencyId: delivery.agencyId,
      ...words,
      link: '/amministrazione',
      contractId: null,
    });
  }
}

/** The last attempt failed: the partner's administrators are told through notify.delivery.failed. */
function announceGivenUp(manager: EntityManager, delivery: store.Claimed, error: string | null) {
  return announceDeliveryFailed(manager, {
    deliveryId: delivery.id,
    channel: 'webhook',
    address: delivery.url,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    senderAgencyId: delivery.agencyId,
    attempts: delivery.attempts + 1,
    // A failed call always has its reason (a status code alone is a 2xx, delivered).
    lastError: error ?? '',
  });
}

/** An endpoint failing for longer than allowed is turned off, once, and its agency told. */
async function disableIfFailingTooLong(
  manager: EntityManager,
  config: Config,
  delivery: store.Claimed,
  error: string | null,
) {
  if (!keepsFailing(delivery.failingSince, new Date(), config.WEBHOOK_DISABLE_AFTER_SECONDS))
    return;
  const since = delivery.failingSince?.toISOString();
  const reason = `Disattivato dopo errori continui dal ${since}: ${error}`;
  // Once, whoever else sends: the update applies only while the endpoint is still in the state it
  // was read in.
  let disabled = false;
  const save = async (to: WebhookStatus) => {
    disabled = await store.disable(manager, delivery.webhookId, delivery.webhookStatus, to, reason);
  };
  await takeStep(
    webhookLifecycle,
    'disabled-after-failures',
    { status: delivery.webhookStatus },
    { save },
  );
  if (disabled) await tellDisabled(manager, delivery);
}

type Outcome = Awaited<ReturnType<typeof post>>;

/**
 * Deliveries answered 2xx are written in batches (`markDeliveredMany`): whatever arrives within
 * `windowMs`, or `size` of them, in one transaction. Each sender waits for its batch's commit, so a
 * delivery is counted as sent only once written; a batch that fails to commit leaves its deliveries
 * leased, sent again when the lease ends, as a single one would be.
 */
export function deliveredInBatches(dataSource: DataSource, windowMs = 20, size = 200) {
  type Waiting = {
    delivery: store.Claimed;
    statusCode: number;
    latencyMs: number;
    done: () => void;
    failed: (error: unknown) => void;
  };
  let waiting: Waiting[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const batch = waiting;
    waiting = [];
    if (!batch.length) return;
    const rows = batch.map(({ delivery, statusCode, latencyMs }) => ({
      id: delivery.id,
      webhookId: delivery.webhookId,
      statusCode,
      latencyMs,
    }));
    dataSource
      .transaction((manager) => store.markDeliveredMany(manager, rows))
      .then(() => batch.forEach((each) => each.done()))
      .catch((error: unknown) => batch.forEach((each) => each.failed(error)));
  };
  return (delivery: store.Claimed, statusCode: number, latencyMs: number) =>
    new Promise<void>((done, failed) => {
      waiting.push({ delivery, statusCode, latencyMs, done, failed });
      if (waiting.length >= size) flush();
      else timer ??= setTimeout(flush, windowMs);
    });
}

async function settle(
  dataSource: DataSource,
  config: Config,
  delivery: store.Claimed,
  outcome: Outcome,
  delivered: ReturnType<typeof deliveredInBatches>,
): Promise<void> {
  // A delivered message always has the endpoint's status code.
  if (outcome.error === null && outcome.statusCode !== null)
    return delivered(delivery, outcome.statusCode, outcome.latencyMs);
  await dataSource.transaction(async (manager) => {
    await store.recordAttempt(manager, delivery.id, outcome);
    const next = nextAttempt(delivery.attempts + 1, config.WEBHOOK_RETRY_SECONDS);
    const retryIn = 'retryInSeconds' in next ? next.retryInSeconds : null;
    await store.markFailedAttempt(manager, delivery, outcome.statusCode, retryIn);
    if ('give' in next) await announceGivenUp(manager, delivery, outcome.error);
    await disableIfFailingTooLong(manager, config, delivery, outcome.error);
  });
}

/** One delivery: the call (`answered` once the partner answers or fails), then its outcome written. */
function callAndWrite(
  dataSource: DataSource,
  config: Config,
  sender: { agent: Agent; delivered: ReturnType<typeof deliveredInBatches>; logger: Logger },
  delivery: store.Claimed,
  answered: () => void,
): Promise<void> {
  return post(delivery, config, sender.agent)
    .finally(answered)
    .then((outcome) => settle(dataSource, config, delivery, outcome, sender.delivered))
    .catch((error: unknown) =>
      sender.logger.warn(
        { delivery: delivery.id, reason: reasonOf(error) },
        'webhook outcome not recorded; sent again when the lease ends',
      ),
    );
}

/**
 * The job that calls the endpoints: each run leases what there is room for and starts it without
 * waiting, so a slow endpoint never holds back the others; each outcome is kept with its attempt.
 * Three bounded stages, `WEBHOOK_BATCH` each: leased and ready to call, calling (waiting for a
 * partner's answer), answered and waiting for its batch's commit. While a backlog lasts (the last
 * lease was full) the next lease is taken as soon as half the ready stage is free, so calls go on
 * while it runs; a slow database fills the last stage and holds the calls back instead of piling up
 * answers in memory. Its `run` and `stop` are the job's.
 */
export function webhookSender(dataSource: DataSource, config: Config, logger: Logger) {
  const size = config.WEBHOOK_BATCH;
  const leaseSeconds = Math.ceil(config.WEBHOOK_TIMEOUT_MS / 1000) + 30;
  const sender = {
    agent: checkedAgent(config.WEBHOOK_ALLOW_PRIVATE),
    delivered: deliveredInBatches(dataSource),
    logger,
  };
  const ready: store.Claimed[] = [];
  /** Every delivery called and not yet written; `calling` of them still wait for an answer. */
  const unwritten = new Set<Promise<void>>();
  let calling = 0;
  let backlog = false;
  let stopping = false;
  let leasing: Promise<number> | undefined;
  const call = (delivery: store.Claimed) => {
    calling++;
    const written = callAndWrite(dataSource, config, sender, delivery, () => {
      calling--;
      pump();
    }).finally(() => {
      unwritten.delete(written);
      pump();
    });
    unwritten.add(written);
  };
  function pump() {
    while (ready.length && calling < size && unwritten.size < 2 * size)
      call(defined(ready.shift()));
    if (backlog && !stopping && ready.length <= size / 2)
      sendDue().catch((error: unknown) =>
        logger.warn({ reason: reasonOf(error) }, 'webhook lease failed; the next run tries again'),
      );
  }
  const lease = async (): Promise<number> => {
    const room = size - ready.length;
    if (room <= 0 || stopping) return ready.length + unwritten.size;
    const due = await store.claimDue(dataSource.manager, room, leaseSeconds);
    backlog = due.length === room;
    ready.push(...due);
    pump();
    return ready.length + unwritten.size;
  };
  // One lease at a time, whoever asks (the job's run or the pump).
  function sendDue(): Promise<number> {
    leasing ??= lease().finally(() => {
      leasing = undefined;
    });
    return leasing;
  }
  return {
    run: sendDue,
    /** No new lease; what is leased is called, and every outcome written. */
    async stop() {
      stopping = true;
      await leasing;
      while (unwritten.size) await Promise.all(unwritten);
    },
  };
}

/**
 * Seals again what is stored plain (before sealing began) or under an older key, a few rows each
 * run: after a rotation of SECRETS_KEYS the old key can be removed once this has found nothing to
 * do.
 */
export function webhookSecretsResealer(dataSource: DataSource, config: Config, logger: Logger) {
  const keyring = keyringOf(config.SECRETS_KEYS);
  return async function resealStale(): Promise<number> {
    const stale = await store.staleSecrets(dataSource.manager, keyring.currentKeyId, 100);
    for (const row of stale) {
      const reseal = (value: string | null) =>
        value === null ? null : keyring.seal(keyring.open(value));
      await store.replaceSecrets(dataSource.manager, row, {
        secret: defined(reseal(row.secret)),
        previousSecret: reseal(row.previousSecret),
        privateKey: defined(reseal(row.privateKey)),
      });
    }
    if (stale.length)
      logger.info(
        { webhooks: stale.length, key: keyring.currentKeyId },
        'webhook secrets sealed with the current key',
      );
    return stale.length;
  };
}
