import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing, stopTracing } from '../src/telemetry/index.js';

// Tracing must start before express and pg are loaded, as in main.ts: everything else is imported after.
const exporter = new InMemorySpanExporter();
startTracing('tracing-test', exporter);

const { default: request } = await import('supertest');
const { z } = await import('zod');
const { createHttpApp, defineRoute } = await import('../src/http/index.js');
const { appendEvent } = await import('../src/outbox/index.js');
const { deliver } = await import('../src/messaging/index.js');
const { createStore, dropStore, recordEffect, silentLogger, testConsumer } =
  await import('./fixtures.js');

let store: Awaited<ReturnType<typeof createStore>>;
before(async () => {
  store = await createStore('trace');
});
after(async () => {
  await dropStore(store);
  await stopTracing();
});

test('when a request writes an event and a consumer applies it, then the consumer span continues the HTTP trace', async () => {
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
        path: '/api/v1/facts',
        operationId: 'createTraced',
        summary: 'Registra un fatto',
        public: true,
        body: z.object({}),
        responses: [{ status: 201, description: 'ok' }],
        handler: async () =>
          store.transaction((manager) =>
            appendEvent(manager, { type: 'test.fact.recorded.v1', source: 'traced', data: {} }),
          ),
      }),
    ],
  });
  const { body: event } = await request(app).post('/api/v1/facts').send({}).expect(201);
  assert.match(event.traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  const result = await deliver(
    testConsumer(store, { 'test.fact.recorded.v1': recordEffect }),
    event,
  );
  assert.equal(result.kind, 'done');
  const spans: ReadableSpan[] = exporter.getFinishedSpans();
  const traceId = event.traceparent.split('-')[1];
  const server = spans.find((s) => s.kind === 1 && s.spanContext().traceId === traceId);
  assert.ok(server, 'an HTTP server span carries the trace of the event');
  const consumer = spans.find((s) => s.name === 'test.fact.recorded.v1 process');
  assert.ok(consumer, 'the consumer span exists');
  assert.equal(
    consumer.spanContext().traceId,
    traceId,
    'the consumer continues the producer trace',
  );
  const queries = spans.filter((s) => s.spanContext().traceId === traceId && /^pg\./.test(s.name));
  assert.ok(queries.length > 0, 'the database calls are traced too');
});
