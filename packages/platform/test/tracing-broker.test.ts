import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing } from '../src/telemetry/index.js';
import { defined } from '@app/platform/errors';

// Tracing starts before express, pg and amqplib are loaded, as in main.ts.
const exporter = new InMemorySpanExporter();
startTracing('tracing-broker-test', exporter);

const { default: request } = await import('supertest');
const { z } = await import('zod');
const { createHttpApp, defineRoute } = await import('../src/http/index.js');
const { appendEvent, OutboxRelay } = await import('../src/outbox/index.js');
const { AmqpTransport } = await import('../src/messaging/index.js');
const { ownVirtualHost, testDatabaseUrl, uniqueName, waitFor } =
  await import('../src/testing/index.js');
const { createStore, dropStore, silentLogger, testConsumer } = await import('./fixtures.js');

const amqpUrl = process.env.AMQP_URL;
type Store = Awaited<ReturnType<typeof createStore>>;
let store: Store;
let vhost: Awaited<ReturnType<typeof ownVirtualHost>>;
const closing: (() => Promise<void>)[] = [];

before(async () => {
  if (!amqpUrl) return;
  store = await createStore('tracebroker');
  vhost = await ownVirtualHost(amqpUrl, 'trace');
});
after(async () => {
  for (const close of closing.reverse()) await close();
  if (store) await dropStore(store);
  await vhost?.remove();
  await stopTracing();
});

test(
  'when a request writes an event that a consumer turns into the next event, then one trace runs HTTP → outbox → relay → RabbitMQ → consumer → the next outbox',
  { skip: !amqpUrl && 'no RabbitMQ reachable' },
  async () => {
    const transport = new AmqpTransport({
      url: vhost.url,
      exchange: uniqueName('events'),
      queueType: 'quorum',
      prefetch: 10,
      logger: silentLogger,
      confirmTimeoutMs: 5000,
    });
    await transport.start();
    closing.push(() => transport.close());
    // The consumer's effect is an event of its own, written in its transaction: the next hop of the trace.
    await transport.subscribe(
      testConsumer(store, {
        'test.order.placed.v1': async (_event, manager) =>
          void (await appendEvent(manager, {
            type: 'test.order.acknowledged.v1',
            source: 'traced',
            data: {},
          })),
      }),
    );
    const relay = new OutboxRelay({
      dataSource: store,
      transport,
      logger: silentLogger,
      databaseUrl: testDatabaseUrl(),
      batchSize: 10,
      pollIntervalMs: 100,
    });
    await relay.start();
    closing.push(() => relay.stop());
    const app = createHttpApp({
      service: 'traced',
      logger: silentLogger,
      verifyToken: async () => {
        throw new Error('no tokens here');
      },
      readiness: {},
      routes: [
        defineRoute({
          method: 'post',
          path: '/api/v1/orders',
          operationId: 'placeTraced',
          summary: 'Registra un ordine',
          public: true,
          body: z.object({}),
          responses: [{ status: 201, description: 'ok' }],
          handler: async () =>
            store.transaction((manager) =>
              appendEvent(manager, { type: 'test.order.placed.v1', source: 'traced', data: {} }),
            ),
        }),
      ],
    });
    const { body: placed } = await request(app).post('/api/v1/orders').send({}).expect(201);
    const traceId = placed.traceparent.split('-')[1] as string;
    const [next] = await waitFor(async () => {
      const rows = await store.query(
        `SELECT envelope FROM outbox WHERE routing_key = 'test.order.acknowledged.v1'`,
      );
      return rows.length ? rows : undefined;
    }, 15_000);
    assert.equal(
      next.envelope.traceparent.split('-')[1],
      traceId,
      'the next event carries the same trace',
    );
    const spans = defined(
      await waitFor(() => {
        const found = exporter
          .getFinishedSpans()
          .filter((span) => span.spanContext().traceId === traceId);
        return found.some((span) => span.name === 'test.order.placed.v1 process')
          ? found
          : undefined;
      }, 10_000),
    );
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) =>
      byId.get(
        span.parentSpanContext?.spanId ??
          (span as unknown as { parentSpanId?: string }).parentSpanId ??
          '',
      );
    const server = spans.find((span) => span.kind === 1);
    const publish = spans.find((span) => span.name === 'test.order.placed.v1 publish');
    const processed = spans.find((span) => span.name === 'test.order.placed.v1 process');
    assert.ok(
      server && publish && processed,
      `spans: ${spans.map((span) => span.name).join(', ')}`,
    );
    // Each hop's parent is the hop before it: the consumer continues the relay's publish, which continues the request.
    assert.equal(
      parentOf(processed)?.spanContext().spanId,
      publish.spanContext().spanId,
      'the consumer span is a child of the publish span',
    );
    let hop: ReadableSpan | undefined = publish;
    while (hop && hop !== server) hop = parentOf(hop);
    assert.equal(hop, server, 'the publish span descends from the HTTP request');
    assert.equal(
      next.envelope.traceparent.split('-')[2] !== placed.traceparent.split('-')[2],
      true,
      'the next event has a span of its own',
    );
  },
);
