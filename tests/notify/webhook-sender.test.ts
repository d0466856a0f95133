import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { defined } from '@app/platform/errors';
import { pino } from 'pino';
import { startNotifyAlone } from '../../bench/notify-alone.js';
import type { Config } from '../../services/notify/src/config.js';
import { record } from '../../services/notify/src/feed/feed.service.js';
import { fanOut, webhookSender } from '../../services/notify/src/webhooks/webhook.service.js';
import * as webhooks from '../../services/notify/src/webhooks/webhook.store.js';
import { newSecret, newSigningKeys } from '../../services/notify/src/webhooks/webhook-signature.js';

const agencies = [randomUUID(), randomUUID()];
const endpointsPerAgency = 5;
const events = 1_000;

/** Issue "National scale", item 4: the sender at the pace of the network, with nothing lost. */
describe('the webhook sender over a backlog committed at once', () => {
  let notify: Awaited<ReturnType<typeof startNotifyAlone>>;
  let dataSource: DataSource;
  let config: Config;
  let server: Server;
  let answerAfterMs = 0;
  const received = new Map<string, number>();

  before(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const key = `${req.url}|${String(req.headers['webhook-id'])}`;
        received.set(key, (received.get(key) ?? 0) + 1);
        setTimeout(() => res.writeHead(204).end(), answerAfterMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    notify = await startNotifyAlone('hooksender', {
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_BATCH: '40',
      // The sender is run by the test.
      WEBHOOK_POLL_MS: '3600000',
    });
    ({ dataSource, config } = notify);
    const port = (server.address() as AddressInfo).port;
    for (const [a, agencyId] of agencies.entries())
      for (let n = 0; n < endpointsPerAgency; n++)
        await webhooks.create(
          dataSource.manager,
          { agencyId, clientId: null },
          {
            url: `http://127.0.0.1:${port}/hook/${a}-${n}`,
            description: `partner ${a}-${n}`,
            filters: [],
            secret: newSecret(),
            ...newSigningKeys(),
          },
        );
    // One transaction, as a burst arrives: the statistics have not seen these rows when claimed.
    await dataSource.transaction(async (manager) => {
      for (let k = 0; k < events; k++) {
        const agencyId = defined(agencies[k % agencies.length]);
        const row = await record(manager, {
          id: randomUUID(),
          type: 'ordering.order.approved.v1',
          source: 'ordering',
          specversion: '1.0',
          time: new Date().toISOString(),
          datacontenttype: 'application/json',
          tenant: agencyId,
          data: { agencyId, orderId: randomUUID(), code: `O${k}/2026`, totalCents: 100_00 },
        });
        await fanOut(manager, defined(row));
      }
    });
  });

  after(async () => {
    await notify?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('when 40 are claimed from 5,000 due, then the claim reads a lane index in its order, not every due row', async () => {
    let claimSql = '';
    await webhooks.claimDue(
      {
        query: async (sql: string) => {
          claimSql = sql;
          return [];
        },
      } as unknown as DataSource['manager'],
      40,
      30,
    );
    const [{ due }] = await dataSource.query(
      `SELECT count(*)::int AS due FROM webhook_deliveries WHERE status = 'in-coda'`,
    );
    assert.equal(due, events * endpointsPerAgency);
    // Run for real (ANALYZE), then undone: the lease is not kept.
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    let buffers: number;
    try {
      const [
        {
          'QUERY PLAN': [plan],
        },
      ] = await runner.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${claimSql}`, [40, 30]);
      buffers = plan.Plan['Shared Hit Blocks'] + plan.Plan['Shared Read Blocks'];
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // Joined to the endpoints instead, the planner read and sorted every due row of each lane.
    assert.ok(buffers < due / 4, `${buffers} buffers for a claim of 40 among ${due}`);
  });

  test('when the sender is stopped while calls are answered, then each leased delivery is called once and written, none left leased', async () => {
    answerAfterMs = 50;
    const sender = webhookSender(dataSource, config, pino({ level: 'silent' }));
    await sender.run();
    // Long enough for the first answers and the next lease, called while more are on their way.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sender.stop();
    const [{ delivered, leased }] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'consegnato')::int AS delivered,
              count(*) FILTER (WHERE status = 'in-coda' AND next_attempt_at > now())::int AS leased
       FROM webhook_deliveries`,
    );
    assert.ok(delivered > 40, `more than one lease went out: ${delivered}`);
    assert.equal(leased, 0, 'nothing leased is left behind for the lease to run out');
    assert.equal(received.size, delivered, 'each written delivery reached its endpoint');
    assert.deepEqual(
      [...received.values()].filter((times) => times > 1),
      [],
      'none called twice',
    );
  });

  test('when the sender runs until the queue is empty, then every delivery reaches its endpoint once', async () => {
    answerAfterMs = 0;
    const sender = webhookSender(dataSource, config, pino({ level: 'silent' }));
    try {
      const due = async () =>
        (
          await dataSource.query(
            `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'in-coda'`,
          )
        )[0].n as number;
      for (let round = 0; round < 600 && (await due()) > 0; round++) {
        await sender.run();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await sender.stop();
    }
    assert.equal(received.size, events * endpointsPerAgency);
    assert.ok(
      [...received.values()].every((times) => times === 1),
      'none twice',
    );
    const [{ attempts }] = await dataSource.query(
      `SELECT count(*)::int AS attempts FROM webhook_attempts`,
    );
    assert.equal(attempts, events * endpointsPerAgency, 'one attempt written for each');
  });
});
