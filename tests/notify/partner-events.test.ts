import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { Webhook } from 'standardwebhooks';
import { verifyWebhook, WebhookRefused } from '@app/api-client';
import { adhesionEvents, catalogEvents } from '@app/events';
import { waitFor, type UncheckedJson } from '@app/platform/testing';
import { keyringOf } from '@app/platform/secrets';
import { webhookSecretsResealer } from '@app/notify';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import {
  approvedAdhesion,
  cloudContract,
  orderingCast,
  type Cast,
} from '../../scripts/ordering-story.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { deliverToNotify, notifyOf, partnerClient } from './notify-helpers.js';
import { defined } from '@app/platform/errors';

interface Received {
  headers: Record<string, string>;
  body: string;
}

/** A partner's endpoint: keeps what it receives, answers with the statuses it is told (then 204). */
async function endpoint(
  answers: number[] = [],
): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(answers.shift() ?? 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/eventi`,
    received,
    server,
  };
}

/** The `v1a` signature checked with the public key alone, as the partners' client does it. */
function v1aHolds(publicKey: string, message: Received): boolean {
  try {
    verifyWebhook(message.body, message.headers, { publicKey });
    return true;
  } catch (error) {
    if (error instanceof WebhookRefused) return false;
    throw error;
  }
}

const typesOf = (received: Received[]) => received.map((m) => JSON.parse(m.body).type as string);

/** Issue "Notify", partner systems: signed webhooks and the commit-ordered feed, each agency seeing only its own. */
describe('partner events: webhooks signed per Standard Webhooks and the feed, agency by agency', () => {
  let demo: DemoPlatform;
  let cast: Cast;
  let contractId: string;
  const partner: Record<'prato' | 'firenze', Session> = {} as never;
  let agencies: { prato: string; firenze: string };
  let onPratoWebhook: Received[] = [];

  const notifyService = () => notifyOf(demo);
  const publish = (type: string, data: Record<string, unknown>) =>
    deliverToNotify(demo, type, data);
  const partnerOf = (admin: Session, scopes: string[]) => partnerClient(demo, admin, scopes);
  const firenzeAdhesion = () =>
    publish(adhesionEvents.submitted.type, {
      adhesionId: randomUUID(),
      code: 'A880001/2026',
      contractId,
      contractTitle: 'Sistema Cloud Toscana',
      contractCig: '7154112FF8',
      banditoreAgencyId: agencies.firenze,
      agencyId: agencies.firenze,
      ipotesi: 'A',
      amountCents: 100,
      round: 0,
      roundTitle: 'Round 0',
      sender: null,
      actor: { subject: 'x', profileId: null, agencyId: agencies.firenze },
      submittedAt: new Date().toISOString(),
    });

  before(async () => {
    demo = await startDemoPlatform({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_SECONDS: '1,1',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_DISABLE_AFTER_SECONDS: '2',
      WEBHOOK_TIMEOUT_MS: '3000',
    });
    cast = await orderingCast(demo);
    contractId = await cloudContract(cast.buyer);
    const sara = await passwordSession(demo.gateway, 'sara.colombo');
    const giorgio = await passwordSession(demo.gateway, 'giorgio.pelli');
    agencies = {
      prato: (await sara.call('GET', '/api/v1/me')).selectedProfile.agency.id,
      firenze: (await giorgio.call('GET', '/api/v1/me')).selectedProfile.agency.id,
    };
    partner.prato = await partnerOf(sara, ['events:read', 'events:subscribe']);
    partner.firenze = await partnerOf(giorgio, ['events:read', 'events:subscribe']);
  });

  after(async () => {
    await demo?.stop();
  });

  test("when Prato's adhesion moves, then Prato's endpoint receives its events signed (v1 and v1a) and Firenze's endpoint none; public events reach both", async () => {
    const prato = await endpoint();
    const firenze = await endpoint();
    const onlyOrders = await endpoint();
    const hook = await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: prato.url, description: 'Protocollo' },
      201,
    );
    assert.match(hook.secret, /^whsec_/);
    assert.match(hook.publicKey, /^whpk_/);
    await partner.firenze.call('POST', '/api/v1/webhooks', { url: firenze.url }, 201);
    await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: onlyOrders.url, filters: [{ prefix: { type: 'ordering.' } }] },
      201,
    );
    await approvedAdhesion(cast, contractId, 300_00);
    await firenzeAdhesion();
    await publish(catalogEvents.contractExpired.type, {
      contractId,
      banditoreAgencyId: randomUUID(),
      title: 'Vecchia convenzione',
      cig: '7154112FF8',
      expiryDate: '2026-11-01',
    });
    await waitFor(
      () =>
        typesOf(prato.received).includes('catalog.contract.expired.v1') &&
        typesOf(firenze.received).includes('catalog.contract.expired.v1')
          ? true
          : undefined,
      20_000,
    );
    assert.ok(
      typesOf(prato.received).includes('adhesion.adhesion.approved.v1'),
      JSON.stringify(typesOf(prato.received)),
    );
    const secret = new Webhook(hook.secret);
    for (const message of prato.received) {
      assert.doesNotThrow(() => secret.verify(message.body, message.headers), message.body);
      assert.ok(v1aHolds(hook.publicKey, message));
      assert.equal(
        verifyWebhook<{ id: string }>(message.body, message.headers, { secret: hook.secret }).id,
        JSON.parse(message.body).id,
      );
      assert.equal(JSON.parse(message.body).id, message.headers['webhook-id']);
      assert.notEqual(JSON.parse(message.body).data.agencyId ?? agencies.prato, agencies.firenze);
    }
    // The people who sent and decided the adhesion stay at the platform: the partner learns the agency only.
    const adhesionMoves = prato.received
      .map((message) => JSON.parse(message.body))
      .filter((event) => event.type.startsWith('adhesion.'));
    assert.ok(adhesionMoves.length > 0);
    for (const event of adhesionMoves) {
      assert.equal(event.data.actor.subject, undefined, event.type);
      assert.equal(event.data.actor.profileId, undefined, event.type);
      assert.equal(event.data.sender?.subject, undefined, event.type);
      assert.ok(event.data.actor.agencyId, event.type);
    }
    assert.throws(() =>
      secret.verify(
        defined(prato.received[0]).body.replace('"', '" '),
        defined(prato.received[0]).headers,
      ),
    );
    assert.ok(!prato.received.some((m) => m.body.includes('A880001/2026')));
    assert.deepEqual(
      firenze.received.filter(
        (m) => m.body.includes(agencies.prato) && !m.body.includes('catalog.contract.expired'),
      ),
      [],
    );
    assert.ok(firenze.received.some((m) => m.body.includes('A880001/2026')));
    assert.deepEqual(onlyOrders.received, []);
    onPratoWebhook = prato.received;
    for (const server of [prato, firenze, onlyOrders]) server.server.close();
  });

  test("when a partner reads the feed, then it gets its agency's events and the public ones in one order, the same numbers as on webhooks, from a cursor only it can use", async () => {
    const pages: UncheckedJson[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await partner.prato.call(
        'GET',
        `/api/v1/events?limit=25${cursor ? `&after=${cursor}` : ''}`,
      );
      pages.push(...page.items);
      if (page.items.length === 0) break;
      cursor = page.next;
    }
    const numbers = pages.map((event) => Number(event.sequence));
    assert.deepEqual(
      numbers,
      [...numbers].sort((a, b) => a - b),
    );
    assert.equal(new Set(numbers).size, numbers.length);
    assert.ok(pages.some((event) => event.type === 'adhesion.adhesion.approved.v1'));
    assert.ok(pages.some((event) => event.type === 'catalog.contract.expired.v1'));
    assert.ok(!pages.some((event) => JSON.stringify(event).includes('A880001/2026')));
    assert.ok(
      !pages.some(
        (event) =>
          event.type.startsWith('identity.person') || event.type.startsWith('identity.profile'),
      ),
    );
    for (const message of onPratoWebhook) {
      const event = JSON.parse(message.body);
      assert.equal(
        pages.find((read) => read.id === event.id)?.sequence,
        event.sequence,
        event.type,
      );
    }
    assert.ok(onPratoWebhook.length > 3);
    const again = await partner.prato.call('GET', `/api/v1/events?limit=1000`);
    assert.deepEqual(
      again.items.map((event: { id: string }) => event.id),
      pages.map((event) => event.id),
    );
    await partner.firenze.call('GET', `/api/v1/events?after=${cursor}`, undefined, 400);
    await partner.prato.call(
      'GET',
      `/api/v1/events?after=${defined(cursor).slice(0, -2)}AA`,
      undefined,
      400,
    );
    assert.deepEqual((await partner.prato.call('GET', '/api/v1/events?after=now')).items, []);
    const noScope = await partnerOf(await passwordSession(demo.gateway, 'sara.colombo'), [
      'orders:read',
    ]);
    await noScope.call('GET', '/api/v1/events', undefined, 403);
    await cast.buyer.call('GET', '/api/v1/events', undefined, 403);
    assert.equal((await fetch(`${demo.gateway}/api/v1/events`)).status, 401);
  });

  test('when an endpoint fails, then it is tried again on schedule and the log keeps each attempt; a replay sends the same message id again', async () => {
    const flaky = await endpoint([500, 503]);
    const hook = await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: flaky.url, filters: [{ exact: { type: 'catalog.contract.expired.v1' } }] },
      201,
    );
    await publish(catalogEvents.contractExpired.type, {
      contractId,
      banditoreAgencyId: randomUUID(),
      title: 'Altra convenzione',
      cig: '7154112FF8',
      expiryDate: '2026-11-02',
    });
    const [delivery] = defined(
      await waitFor(async () => {
        const log = await partner.prato.call('GET', `/api/v1/webhooks/${hook.id}/deliveries`);
        return log.items[0]?.status === 'consegnato' ? log.items : undefined;
      }, 15_000),
    );
    assert.deepEqual(
      delivery.attempts_log.map((a: { statusCode: number }) => a.statusCode),
      [500, 503, 204],
    );
    assert.ok(delivery.attempts_log.every((a: { latencyMs: number }) => a.latencyMs >= 0));
    assert.equal(new Set(flaky.received.map((m) => m.headers['webhook-id'])).size, 1);
    await partner.prato.call('POST', `/api/v1/webhooks/${hook.id}/replay`, {
      deliveryId: delivery.id,
    });
    await waitFor(() => (flaky.received.length === 4 ? true : undefined), 10_000);
    assert.equal(
      defined(flaky.received[3]).headers['webhook-id'],
      defined(flaky.received[0]).headers['webhook-id'],
    );
    const since = await partner.prato.call('POST', `/api/v1/webhooks/${hook.id}/replay`, {
      since: new Date(Date.now() - 3600_000).toISOString(),
    });
    assert.equal(since.queued, 2);
    await partner.firenze.call('GET', `/api/v1/webhooks/${hook.id}/deliveries`, undefined, 404);
    await partner.firenze.call(
      'POST',
      `/api/v1/webhooks/${hook.id}/replay`,
      { deliveryId: delivery.id },
      404,
    );
    flaky.server.close();
  });

  test('when the secret is rotated, then messages are signed with both until the overlap ends', async () => {
    const receiver = await endpoint();
    const hook = await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: receiver.url, filters: [{ suffix: { type: '.expired.v1' } }] },
      201,
    );
    const rotated = await partner.prato.call('POST', `/api/v1/webhooks/${hook.id}/rotate-secret`);
    assert.notEqual(rotated.secret, hook.secret);
    await publish(catalogEvents.contractExpired.type, {
      contractId,
      banditoreAgencyId: randomUUID(),
      title: 'Terza',
      cig: '7154112FF8',
      expiryDate: '2026-11-03',
    });
    const [first] = defined(
      await waitFor(() => (receiver.received.length ? receiver.received : undefined), 10_000),
    );
    const message = defined(first);
    assert.doesNotThrow(() => new Webhook(hook.secret).verify(message.body, message.headers));
    assert.doesNotThrow(() => new Webhook(rotated.secret).verify(message.body, message.headers));
    assert.ok(!('secret' in (await partner.prato.call('GET', `/api/v1/webhooks/${hook.id}`))));
    receiver.server.close();
  });

  test('when the webhook secrets are read from the database, then they are sealed; after SECRETS_KEYS rotates, the resealer seals them with the new key and they still sign', async () => {
    const receiver = await endpoint();
    const hook = await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: receiver.url, filters: [{ suffix: { type: '.expired.v1' } }] },
      201,
    );
    const { dataSource, config } = notifyService().deps as unknown as {
      dataSource: import('typeorm').DataSource;
      config: { SECRETS_KEYS: string };
    };
    const stored = async () =>
      (
        await dataSource.query(
          'SELECT secret, signing_private_key AS "privateKey" FROM webhooks WHERE id = $1',
          [hook.id],
        )
      )[0] as { secret: string; privateKey: string };
    const before = await stored();
    for (const value of Object.values(before)) assert.match(value, /^sealed:v1:sviluppo:/);
    assert.ok(
      !before.secret.includes(hook.secret.replace(/^whsec_/, '')),
      'the secret is not in the row',
    );
    // A new key first, the old one still there: every row sealed again with the new one, opening to the same secret.
    const rotatedKeys = `nuova:${randomBytes(32).toString('base64')},${config.SECRETS_KEYS}`;
    const logger = pino({ level: 'silent' });
    assert.ok(
      (await webhookSecretsResealer(
        dataSource,
        { ...config, SECRETS_KEYS: rotatedKeys } as never,
        logger,
      )()) >= 1,
    );
    const after = await stored();
    for (const value of Object.values(after)) assert.match(value, /^sealed:v1:nuova:/);
    assert.equal(keyringOf(rotatedKeys).open(after.secret), hook.secret);
    assert.equal(
      await webhookSecretsResealer(
        dataSource,
        { ...config, SECRETS_KEYS: rotatedKeys } as never,
        logger,
      )(),
      0,
      'nothing left to seal: the old key may go',
    );
    // Back under the platform's own key, so the running sender can open them again, and one delivery proves it.
    assert.ok(
      (await webhookSecretsResealer(
        dataSource,
        {
          ...config,
          SECRETS_KEYS: `${config.SECRETS_KEYS},nuova:${defined(rotatedKeys.split(',')[0]).split(':')[1]}`,
        } as never,
        logger,
      )()) >= 1,
    );
    await publish(catalogEvents.contractExpired.type, {
      contractId,
      banditoreAgencyId: randomUUID(),
      title: 'Quarta',
      cig: '7154112FF8',
      expiryDate: '2026-11-04',
    });
    const [first] = defined(
      await waitFor(() => (receiver.received.length ? receiver.received : undefined), 10_000),
    );
    const message = defined(first);
    assert.doesNotThrow(() => new Webhook(hook.secret).verify(message.body, message.headers));
    assert.ok(v1aHolds(hook.publicKey, defined(message)), 'the sealed signing key still signs v1a');
    receiver.server.close();
  });

  test("when an endpoint keeps failing, then its messages fail with notify.delivery.failed and it is turned off, the agency's administrators told", async () => {
    const dead = await endpoint([500, 500, 500, 500, 500, 500, 500, 500]);
    const hook = await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: dead.url, filters: [{ exact: { type: 'catalog.contract.expired.v1' } }] },
      201,
    );
    await publish(catalogEvents.contractExpired.type, {
      contractId,
      banditoreAgencyId: randomUUID(),
      title: 'Quarta',
      cig: '7154112FF8',
      expiryDate: '2026-11-04',
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await publish(catalogEvents.contractExpired.type, {
      contractId,
      banditoreAgencyId: randomUUID(),
      title: 'Quinta',
      cig: '7154112FF8',
      expiryDate: '2026-11-05',
    });
    const off = await waitFor(async () => {
      const found = await partner.prato.call('GET', `/api/v1/webhooks/${hook.id}`);
      return found.status === 'disabilitato' ? found : undefined;
    }, 15_000);
    assert.match(off.disabledReason, /errori continui/);
    const [failed] = await notifyService().deps.dataSource.query(
      `SELECT envelope FROM outbox WHERE routing_key = 'notify.delivery.failed.v1' AND envelope->'data'->>'address' = $1`,
      [dead.url],
    );
    assert.equal(failed.envelope.data.channel, 'webhook');
    const sara = await passwordSession(demo.gateway, 'sara.colombo');
    assert.ok(
      (await sara.call('GET', '/api/v1/notifications')).items.some(
        (item: { title: string }) => item.title === 'Webhook disattivato',
      ),
    );
    await partner.prato.call(
      'POST',
      `/api/v1/webhooks/${hook.id}/replay`,
      { since: new Date().toISOString() },
      409,
    );
    dead.server.close();
  });

  test('when a webhook is asked for badly, then it is refused clearly and nothing is kept', async () => {
    const before = (await partner.prato.call('GET', '/api/v1/webhooks')).items.length;
    await partner.prato.call('POST', '/api/v1/webhooks', { url: 'ftp://example.org/x' }, 400);
    await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: 'https://example.org/x', filters: [{ regex: { type: '.*' } }] },
      400,
    );
    await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: 'https://example.org/x', extra: true },
      400,
    );
    await partner.prato.call(
      'POST',
      '/api/v1/webhooks',
      { url: 'https://exa\u0000mple.org/x' },
      400,
    );
    assert.equal((await partner.prato.call('GET', '/api/v1/webhooks')).items.length, before);
    const hook = (await partner.prato.call('GET', '/api/v1/webhooks')).items[0];
    await partner.firenze.call(
      'PATCH',
      `/api/v1/webhooks/${hook.id}`,
      { description: 'presa' },
      404,
    );
    await partner.firenze.call('DELETE', `/api/v1/webhooks/${hook.id}`, undefined, 404);
    await partner.firenze.call('POST', `/api/v1/webhooks/${hook.id}/rotate-secret`, undefined, 404);
    const noScope = await partnerOf(await passwordSession(demo.gateway, 'sara.colombo'), [
      'events:read',
    ]);
    await noScope.call('POST', '/api/v1/webhooks', { url: 'https://example.org/x' }, 403);
  });
});
