// Run as a child process by the shutdown test, as a container runs a service: a route that answers
// after `ms`, and a handler that takes `HANDLER_MS` to apply the effect of the event POST /work writes.
import { z } from 'zod';
import { loadConfig, serviceEnvSchema } from '../src/config/index.js';
import { defineRoute } from '../src/http/index.js';
import { appendEvent } from '../src/outbox/index.js';
import { pause, runServiceProcess } from '../src/service/index.js';
import { EffectsTable1763800000001 } from './fixtures.js';

const config = loadConfig(
  serviceEnvSchema.extend({
    PORT: z.coerce.number().int().default(0),
    HANDLER_MS: z.coerce.number().int().default(1_000),
  }),
  process.env,
);
const done = { status: 200, description: 'Fatto' };
await runServiceProcess(
  {
    name: 'slow',
    schema: 'slow',
    version: '0.0.0',
    migrations: [EffectsTable1763800000001],
    routes: (deps) => [
      defineRoute({
        public: true,
        method: 'get',
        path: '/slow',
        operationId: 'slow',
        summary: 'Risponde dopo ms millisecondi',
        tags: ['test'],
        query: z.object({ ms: z.coerce.number().int().min(0) }),
        responses: [done],
        handler: async ({ query }) => {
          await pause(query.ms);
          return { waited: query.ms };
        },
      }),
      defineRoute({
        public: true,
        method: 'post',
        path: '/work',
        operationId: 'work',
        summary: 'Scrive un evento',
        tags: ['test'],
        responses: [done],
        handler: () =>
          deps.dataSource.transaction((manager) =>
            appendEvent(manager, { type: 'test.slow.happened.v1', source: 'slow', data: {} }),
          ),
      }),
    ],
    handlers: () => ({
      'test.slow.happened.v1': async (event, manager) => {
        await pause(config.HANDLER_MS);
        await manager.query(
          'INSERT INTO effects (event_id, applied) VALUES ($1, 1) ON CONFLICT (event_id) DO UPDATE SET applied = effects.applied + 1',
          [event.id],
        );
      },
    }),
  },
  config,
);
