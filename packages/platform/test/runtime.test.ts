import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { z } from 'zod';
import { actorFromRequest, recordAudit } from '../src/audit/index.js';
import { loadConfig, serviceEnvSchema } from '../src/config/index.js';
import { createTokenVerifier } from '../src/auth/index.js';
import { defineRoute } from '../src/http/index.js';
import { appendEvent } from '../src/outbox/index.js';
import { startService, type RunningService, type ServiceDefinition } from '../src/service/index.js';
import {
  startTestIssuer,
  testDatabaseUrl,
  uniqueName,
  waitFor,
  type TestIssuer,
} from '../src/testing/index.js';
import { deleteTopology, silentLogger } from './fixtures.js';
import { defined } from '@app/platform/errors';

const amqpUrl = process.env.AMQP_URL;

describe(
  'a service started by the runtime, over RabbitMQ',
  { skip: !amqpUrl && 'no RabbitMQ reachable' },
  () => {
    const name = uniqueName('svc');
    const exchange = uniqueName('events');
    const received: string[] = [];
    let issuer: TestIssuer;
    const replicas: RunningService[] = [];

    const definition: ServiceDefinition = {
      name,
      schema: name,
      version: '1.2.3',
      migrations: [],
      routes: ({ dataSource }) => [
        defineRoute({
          method: 'post',
          path: '/api/v1/notes',
          operationId: 'createNote',
          summary: 'Crea una nota',
          roles: ['Buyer'],
          body: z.object({ text: z.string().min(1) }),
          responses: [{ status: 201, description: 'Creata' }],
          handler: async ({ body, caller, req }) =>
            dataSource.transaction(async (manager) => {
              const event = await appendEvent(manager, {
                type: 'svc.note.written.v1',
                source: name,
                tenant: defined(caller).tenant,
                data: { text: body.text },
              });
              await recordAudit(manager, actorFromRequest(req, caller), {
                action: 'note.written',
                entityType: 'note',
                entityId: event.id,
              });
              return { id: event.id };
            }),
        }),
      ],
      handlers: () => ({ 'svc.note.written.v1': async (event) => void received.push(event.id) }),
    };

    const config = () => ({
      ...loadConfig(serviceEnvSchema, {
        DATABASE_URL: testDatabaseUrl(),
        AMQP_URL: amqpUrl,
        AMQP_EXCHANGE: exchange,
        MESSAGE_RETRY_DELAYS_MS: '100',
        LOG_LEVEL: 'silent',
      }),
      PORT: 0,
      HOST: '127.0.0.1',
    });

    before(async () => {
      issuer = await startTestIssuer();
      const verifyToken = createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      });
      // Two replicas starting together: the advisory lock lets only one run the migrations.
      replicas.push(
        ...(await Promise.all(
          [1, 2].map(() =>
            startService(definition, { config: config(), logger: silentLogger, verifyToken }),
          ),
        )),
      );
    });

    after(async () => {
      const dataSource = defined(replicas[0]).deps.dataSource;
      await dataSource.query(`DROP SCHEMA "${name}" CASCADE`).catch(() => undefined);
      const consumer = defined(replicas[0]).consumer;
      for (const replica of replicas) await replica.stop();
      await deleteTopology(defined(amqpUrl), exchange, [consumer]);
      await issuer.close();
    });

    test('when two replicas start at once, then the migrations ran once and both are ready', async () => {
      const [row] = await defined(replicas[0]).deps.dataSource.query(
        'SELECT count(*)::int AS n, count(DISTINCT name)::int AS names FROM schema_migrations',
      );
      // The platform's two (its tables, the audit log by month), each once.
      assert.deepEqual(row, { n: 2, names: 2 });
      for (const replica of replicas) {
        const response = await request(replica.app).get('/readyz').expect(200);
        assert.deepEqual(response.body.checks, { shutdown: 'ok', database: 'ok', broker: 'ok' });
      }
    });

    test('when a request changes state, then the event reaches the consumer and the change is audited with who and from where', async () => {
      const token = await issuer.sign({
        sub: 'person-7',
        tenant: 'ente-a',
        profile_id: 'profile-3',
        roles: ['Buyer'],
        auth_method: 'spid',
      });
      const response = await request(defined(replicas[0]).app)
        .post('/api/v1/notes')
        .set('authorization', `Bearer ${token}`)
        .set('user-agent', 'prova/1.0')
        .send({ text: 'ciao' })
        .expect(201);
      await waitFor(() => received.includes(response.body.id));
      const [audit] = await defined(replicas[0]).deps.dataSource.query(
        'SELECT tenant, person, profile, auth_method, action, entity_id, ip, user_agent, correlation_id FROM audit_log',
      );
      assert.equal(audit.tenant, 'ente-a');
      assert.equal(audit.person, 'person-7');
      assert.equal(audit.profile, 'profile-3');
      assert.equal(audit.auth_method, 'spid');
      assert.equal(audit.entity_id, response.body.id);
      assert.equal(audit.user_agent, 'prova/1.0');
      assert.ok(audit.ip);
      assert.equal(audit.correlation_id, response.headers['x-request-id']);
      const [row] = await defined(replicas[0]).deps.dataSource.query(
        'SELECT envelope FROM outbox WHERE id = $1',
        [response.body.id],
      );
      assert.equal(row.envelope.tenant, 'ente-a');
      assert.equal(row.envelope.correlationid, response.headers['x-request-id']);
    });

    test('when /metrics is scraped, then outbox backlog, dead-letter depth and redeliveries are there', async () => {
      const response = await request(defined(replicas[0]).app).get('/metrics').expect(200);
      const sample = (metric: string, label: string) =>
        new RegExp(`^${metric}\\{${label}="${name}"[^}]*\\} (\\d+)`, 'm').exec(response.text)?.[1];
      assert.equal(sample('outbox_backlog', 'service'), '0');
      assert.equal(sample('outbox_oldest_age_seconds', 'service'), '0');
      assert.equal(sample('dead_letter_depth', 'service'), '0');
      assert.equal(sample('outbox_published_total', 'service'), '1');
      assert.equal(sample('messaging_redeliveries_total', 'consumer'), '0');
      // Answered requests by route template (what the 5xx alert reads), never by raw path.
      assert.match(
        response.text,
        new RegExp(
          `^http_server_requests_total\\{service="${name}",method="POST",route="/api/v1/notes",status="201"[^}]*\\} [1-9]`,
          'm',
        ),
      );
      assert.match(
        response.text,
        new RegExp(`^http_server_duration_seconds_count\\{service="${name}"`, 'm'),
      );
    });

    test('when /openapi.json is read, then it names the service and its routes', async () => {
      const { body } = await request(defined(replicas[1]).app).get('/openapi.json').expect(200);
      assert.equal(body.info.title, name);
      assert.equal(body.info.version, '1.2.3');
      assert.ok(body.paths['/api/v1/notes'].post);
    });
  },
);
