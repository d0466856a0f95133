// `npm run migrate [-- <service> …]`: runs the services' migrations once (a release job in Kubernetes,
// where the services start with MIGRATIONS_ON_START=false). Safe to run twice or in parallel.
import { runMigrations } from '@app/platform/db';
import { serviceDataSource } from '@app/platform/service';
import { platformServices } from './platform-services.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL è obbligatorio');
  process.exit(2);
}
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !platformServices.some((s) => s.definition.name === name));
if (unknown.length) {
  console.error(`Servizi sconosciuti: ${unknown.join(', ')}`);
  process.exit(2);
}
for (const { definition } of platformServices) {
  if (wanted.length && !wanted.includes(definition.name)) continue;
  // Two connections: one holds the advisory lock while the other runs the migrations.
  const dataSource = serviceDataSource(definition, databaseUrl, 2);
  await dataSource.initialize();
  const applied = await runMigrations(dataSource);
  console.log(`${definition.name}: ${applied.length ? applied.join(', ') : 'nessuna migrazione da applicare'}`);
  await dataSource.destroy();
}
