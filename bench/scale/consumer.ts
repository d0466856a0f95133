// One consumer process of bench/scale/consumers: the platform's AMQP consumer on the shared queue,
// applying each event idempotently (inbox row + effect row in one transaction). Tells its parent
// when it listens; stops when the parent goes.
import { pino } from 'pino';
import { createDataSource } from '@app/platform/db';
import { AmqpTransport } from '@app/platform/messaging';

const [databaseUrl, schema, amqpUrl, exchange] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const logger = pino({ level: 'warn' });
const dataSource = createDataSource({ url: databaseUrl, schema, poolSize: 10, migrations: [] });
await dataSource.initialize();
const transport = new AmqpTransport({
  url: amqpUrl,
  exchange,
  queueType: 'quorum',
  prefetch: 200,
  logger,
});
await transport.start();
await transport.subscribe({
  name: schema,
  dataSource,
  logger,
  retryDelaysMs: [1000],
  handlers: {
    'bench.event.happened.v1': async (event, manager) =>
      void (await manager.query('INSERT INTO effects (event_id) VALUES ($1)', [event.id])),
  },
});
if (!process.send) throw new Error('run me through bench/scale/consumers.ts (an IPC channel)');
process.send('ready');
process.on('disconnect', () => {
  void transport
    .close()
    .then(() => dataSource.destroy())
    .finally(() => process.exit(0));
});
