// Run as a child process by the reliability test: commits one event to the outbox, then dies at once,
// before any relay could publish it.
import { createDataSource } from '../src/db/index.js';
import { appendEvent } from '../src/outbox/index.js';

const [url, schema] = process.argv.slice(2) as [string, string];
const dataSource = createDataSource({ url, schema, migrations: [] });
await dataSource.initialize();
const event = await dataSource.transaction((manager) =>
  appendEvent(manager, { type: 'test.thing.happened.v1', source: 'test', data: { crashed: true } }),
);
void event;
process.kill(process.pid, 'SIGKILL');
