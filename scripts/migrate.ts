// `npm run migrate [-- <service> …]`: runs the services' migrations once (a release job in
// Kubernetes, where the services start with MIGRATIONS_ON_START=false). Safe to run twice or in
// parallel.
// `--wait <service> …`: runs nothing, waits until those services' schemas hold every migration this
// code knows (a pod's init container: the new version starts only on its schema), and fails after
// MIGRATIONS_WAIT_SECONDS (600) naming what is still missing.
import { setTimeout as sleep } from 'node:timers/promises';
import { pendingMigrations, runMigrations } from '@app/platform/db';
import { serviceDataSource, serviceSchema } from '@app/platform/service';
import { platformServices } from './platform-services.js';
import { defined } from '@app/platform/errors';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL è obbligatorio');
  process.exit(2);
}
const waiting = process.argv[2] === '--wait';
// The services' schemas as the services name them (a run's suffix where one is set, as every
// service reads it).
const suffix = process.env.DATABASE_SCHEMA_SUFFIX;
const dataSourceOf = (
  definition: (typeof platformServices)[number]['definition'],
  poolSize: number,
) =>
  serviceDataSource(
    { ...definition, schema: serviceSchema(definition, suffix) },
    defined(databaseUrl),
    poolSize,
  );
const wanted = process.argv.slice(waiting ? 3 : 2);
const unknown = wanted.filter((name) => !platformServices.some((s) => s.definition.name === name));
if (unknown.length) {
  console.error(`Servizi sconosciuti: ${unknown.join(', ')}`);
  process.exit(2);
}
if (waiting) process.exit(await waitForMigrations());
for (const { definition } of platformServices) {
  if (wanted.length && !wanted.includes(definition.name)) continue;
  // Two connections: one holds the advisory lock while the other runs the migrations.
  const dataSource = dataSourceOf(definition, 2);
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  console.log(
    `${definition.name}: ${applied.length ? applied.join(', ') : 'nessuna migrazione da applicare'}`,
  );
  await dataSource.destroy();
}

async function waitForMigrations(): Promise<number> {
  const deadline = Date.now() + Number(process.env.MIGRATIONS_WAIT_SECONDS ?? 600) * 1000;
  const services = platformServices.filter(
    ({ definition }) => wanted.length === 0 || wanted.includes(definition.name),
  );
  for (;;) {
    const missing: string[] = [];
    for (const { definition } of services) {
      const dataSource = dataSourceOf(definition, 1);
      try {
        await dataSource.initialize();
        missing.push(
          ...(await pendingMigrations(dataSource)).map((name) => `${definition.name}: ${name}`),
        );
      } catch (error) {
        missing.push(
          `${definition.name}: database non raggiungibile (${(error as Error).message})`,
        );
      } finally {
        if (dataSource.isInitialized) await dataSource.destroy();
      }
    }
    if (missing.length === 0) {
      console.log(`schema pronto: ${services.map(({ definition }) => definition.name).join(', ')}`);
      return 0;
    }
    if (Date.now() > deadline) {
      console.error(
        `Migrazioni non applicate, la nuova versione non parte:\n  ${missing.join('\n  ')}`,
      );
      return 1;
    }
    await sleep(3_000);
  }
}
