// `npm run keys:rotate`: publishes a new token-signing key now; it starts signing after the
// publication lead time, and the current key stays published until its last token expires. Run it
// on a schedule (a Kubernetes CronJob) or at once if a key may be compromised.
import { definition, rotateKey } from '@app/identity';
import { serviceDataSource } from '@app/platform/service';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL è obbligatorio');
  process.exit(2);
}
const dataSource = serviceDataSource(definition, databaseUrl, 2);
await dataSource.initialize();
const kid = await rotateKey(dataSource, process.env.SIGNING_KEY_SECRET || undefined);
console.log(`nuova chiave di firma pubblicata: ${kid} (firma dopo il tempo di pubblicazione)`);
await dataSource.destroy();
