// `npm run dlq:replay -- <service> [--limit N]`: sends a service's dead letters back to it, once
// the cause is fixed. Over RabbitMQ (AMQP_URL set) from <service>.dlq to <service>; in
// single-process mode from the service's dead_letters table through its own handlers.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { createDataSource } from '@app/platform/db';
import { replayAmqpDeadLetters, replayStoredDeadLetters } from '@app/platform/messaging';
import { platformServices } from './platform-services.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string' } },
});
const [serviceName] = positionals;
const entry = platformServices.find((s) => s.definition.name === serviceName);
if (!entry) {
  const names = platformServices.map((s) => s.definition.name).join(', ');
  console.error(`Uso: npm run dlq:replay -- <servizio> [--limit N]; servizi: ${names}`);
  process.exit(2);
}
const limit = values.limit ? Number(values.limit) : undefined;
const config = entry.loadConfig({
  DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:54329/negozio',
  ...process.env,
  LOG_LEVEL: 'warn',
});

if (config.AMQP_URL) {
  try {
    const replayed = await replayAmqpDeadLetters(config.AMQP_URL, entry.definition.name, limit);
    console.log(
      `${replayed} messaggi rimandati da ${entry.definition.name}.dlq a ${entry.definition.name}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
} else {
  const { definition } = entry;
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    schema: definition.schema,
    migrations: [],
  });
  await dataSource.initialize();
  const logger = pino({ level: 'warn' });
  const handlers = definition.handlers?.({ dataSource, logger, config }) ?? {};
  const result = await replayStoredDeadLetters(
    { name: definition.name, dataSource, logger, handlers, retryDelaysMs: [] },
    limit,
  );
  console.log(
    `${result.replayed} messaggi rielaborati, ${result.failed} ancora in ` +
      `errore (${definition.name})`,
  );
  await dataSource.destroy();
}
