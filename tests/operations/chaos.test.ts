import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { testDatabaseUrl, waitFor } from '@app/platform/testing';
import { storyAgencies, storyCast, storyRound, type Seen } from './resilient-story.js';
import {
  cutFromBroker,
  cutFromDatabase,
  startCluster,
  type RunningCluster,
} from './cluster-harness.js';
import { demoSigning } from '../../scripts/demo-signing.js';
import { defined } from '@app/platform/errors';

const amqpUrl = process.env.AMQP_URL;
const services = [
  'identity',
  'catalog',
  'adhesion',
  'anac-gateway',
  'ordering',
  'notify',
  'pec-admin',
];
const rounds = Number(process.env.CHAOS_ROUNDS ?? 3);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Chaos {
  kills: string[];
  brokerCuts: number;
  databaseCuts: number;
}

/** One replica of each component killed with SIGKILL in turn, restarted by the cluster; then cuts. */
async function chaos(cluster: RunningCluster, until: () => boolean): Promise<Chaos> {
  const done: Chaos = { kills: [], brokerCuts: 0, databaseCuts: 0 };
  for (const [i, component] of [...services, 'web', 'gateway'].entries()) {
    if (until()) break;
    const replica = `${component}#${1 + (i % 2)}`;
    const pid = cluster.pidOf(replica);
    process.kill(pid, 'SIGKILL');
    done.kills.push(replica);
    await cluster.restarted(replica, pid);
    await pause(1_500);
  }
  // A replica's own broker connections closed (its transport reconnects), another's database sessions ended.
  for (const component of ['ordering', 'notify', 'anac-gateway']) {
    done.brokerCuts += await cutFromBroker(cluster.vhost.name, cluster.pidOf(`${component}#2`));
    await pause(1_000);
  }
  for (const component of ['catalog', 'adhesion', 'ordering']) {
    done.databaseCuts += await cutFromDatabase(cluster.pidOf(`${component}#1`));
    await pause(1_000);
  }
  return done;
}

describe(
  'the platform as separate processes, two replicas of each, under chaos',
  { skip: amqpUrl ? false : 'no RabbitMQ', timeout: 900_000 },
  () => {
    let cluster: RunningCluster;
    const database = new pg.Client({ connectionString: testDatabaseUrl() });
    before(async () => {
      cluster = await startCluster(defined(amqpUrl));
      await database.connect();
    });
    after(async () => {
      await database.end();
      if (cluster) assert.equal(await cluster.stop(), 0, 'the cluster stops cleanly on SIGTERM');
    });
    const schema = (service: string) => `"${service.replaceAll('-', '_')}_${cluster.suffix}"`;
    const count = async (sql: string) => (await database.query(sql)).rows[0].n as number;

    test('when replicas die, lose the broker and the database while the seed story runs for two agencies, then nothing is lost, nothing is applied twice, every state is legal', async () => {
      const seen: Seen = { adhesions: [], cigRequests: [], orders: [], retries: 0 };
      const { casts, contractId } = await storyCast(cluster, seen);
      const signing = await demoSigning(cluster.qualifiedCa);
      let storiesDone = false;
      const stories = Promise.all(
        casts.map(async ({ people, tokens }) => {
          const cigs: string[] = [];
          for (let round = 0; round < rounds; round++)
            cigs.push(await storyRound(cluster.gateway, tokens, people, contractId, seen, signing));
          return cigs;
        }),
      ).finally(() => void (storiesDone = true));
      const [cigs, done] = await Promise.all([
        stories.catch(async (error: Error) => {
          // What the services hold when a story is stuck: the first thing to read when this test fails.
          for (const service of services) {
            const pending = await database.query(
              `SELECT routing_key, attempts, last_error FROM ${schema(service)}.outbox WHERE published_at IS NULL`,
            );
            const dead = await database.query(
              `SELECT routing_key, reason FROM ${schema(service)}.dead_letters`,
            );
            if (pending.rows.length || dead.rows.length)
              console.log(service, JSON.stringify({ pending: pending.rows, dead: dead.rows }));
          }
          console.log(
            cluster
              .output()
              .split('\n')
              .filter((line) => /"level":(40|50|60)/.test(line))
              .slice(-40)
              .join('\n'),
          );
          throw error;
        }),
        chaos(cluster, () => storiesDone),
      ]);

      assert.equal(
        cigs.flat().filter(Boolean).length,
        storyAgencies.length * rounds,
        'every order got its derived CIG',
      );
      // Every event each service committed is published, none given up as a dead letter.
      for (const service of services) {
        await waitFor(
          async () =>
            (await count(
              `SELECT count(*)::int AS n FROM ${schema(service)}.outbox WHERE published_at IS NULL`,
            )) === 0
              ? true
              : undefined,
          60_000,
          500,
        );
        assert.equal(
          await count(`SELECT count(*)::int AS n FROM ${schema(service)}.dead_letters`),
          0,
          `${service}: no dead letters`,
        );
      }
      // What the client saw succeed is there, once: no retry made a second adhesion, request or order.
      assert.deepEqual(
        (
          await database.query(
            `SELECT id::text, status FROM ${schema('adhesion')}.adhesions ORDER BY id`,
          )
        ).rows,
        [...seen.adhesions].sort().map((id) => ({ id, status: 'approvata' })),
      );
      assert.equal(
        await count(
          `SELECT count(*)::int AS n FROM ${schema('anac-gateway')}.cig_requests WHERE id = ANY('{${seen.cigRequests.join(',')}}'::uuid[])`,
        ),
        seen.cigRequests.length,
      );
      assert.deepEqual(
        (
          await database.query(
            `SELECT id::text, status FROM ${schema('ordering')}.orders ORDER BY id`,
          )
        ).rows,
        [...seen.orders].sort().map((id) => ({ id, status: 'cig-acquisito' })),
      );
      // Each reservation on the contract's ceiling made once per adhesion, each notification once per event and person.
      assert.equal(
        await count(
          `SELECT count(*)::int AS n FROM ${schema('catalog')}.ceiling_movements WHERE kind = 'reserved' AND reference = ANY('{${seen.adhesions.join(',')}}')`,
        ),
        seen.adhesions.length,
      );
      assert.equal(
        await count(
          `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${schema('notify')}.notifications GROUP BY event_id, profile_id HAVING count(*) > 1) twice`,
        ),
        0,
        'no notification twice',
      );
      // One client runs one query at a time: the counts go in turn.
      const events: number[] = [];
      const effects: number[] = [];
      for (const service of services) {
        events.push(await count(`SELECT count(*)::int AS n FROM ${schema(service)}.outbox`));
        effects.push(
          await count(`SELECT count(*)::int AS n FROM ${schema(service)}.processed_messages`),
        );
      }
      console.log(
        `chaos: ${events.reduce((a, b) => a + b)} events published, ${effects.reduce((a, b) => a + b)} consumer effects, ${done.kills.length} replicas killed (${done.kills.join(', ')}), ` +
          `${done.brokerCuts} broker connections and ${done.databaseCuts} database sessions cut, ${seen.retries} client retries, ` +
          `${seen.adhesions.length} adhesions and ${seen.orders.length} orders seen by the client, all found once; 0 lost, 0 dead letters`,
      );
      assert.ok(
        done.kills.length >= 5,
        `replicas killed while the story ran: ${done.kills.join(', ')}`,
      );
    });
  },
);
