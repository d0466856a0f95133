// The services whose lists a person or partner reads, on the national dataset: catalog, adhesion,
// ordering, notify and pec-admin, each on its own schema (with the dataset's suffix), sharing an
// in-process transport, verifying tokens of the given issuer. The bench runs them in a process of
// their own; the plan test in its own process, to read each query's plan where it runs.
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import { defined } from '@app/platform/errors';
import { platformServices } from '../../scripts/platform-services.js';
import { schemaFor } from './load.js';

export const readingServices = ['catalog', 'adhesion', 'ordering', 'notify', 'pec-admin'] as const;

export interface IssuerInfo {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export async function startReadingServices(options: {
  databaseUrl: string;
  schemaSuffix?: string;
  issuer: IssuerInfo;
  poolSize?: number;
  /** Catalog's search cache: the national targets are measured with it off (0). */
  searchCacheSeconds?: number;
  /** Off: the services serve the schema as it is, while a migration runs beside them. */
  migrationsOnStart?: boolean;
}): Promise<{
  services: RunningService[];
  urls: Record<string, string>;
  stop: () => Promise<void>;
}> {
  const transport = new InProcessTransport();
  const services: RunningService[] = [];
  const urls: Record<string, string> = {};
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop().catch(() => undefined);
    await transport.close();
  };
  try {
    for (const name of readingServices) {
      const { definition, loadConfig } = defined(
        platformServices.find((each) => each.definition.name === name),
      );
      const started = await startService(
        { ...definition, schema: schemaFor(name, options.schemaSuffix) },
        {
          config: loadConfig({
            DATABASE_URL: options.databaseUrl,
            LOG_LEVEL: 'silent',
            PORT: '0',
            HOST: '127.0.0.1',
            DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
            SEARCH_CACHE_SECONDS: String(options.searchCacheSeconds ?? 0),
            MIGRATIONS_ON_START: String(options.migrationsOnStart ?? true),
          }),
          transport,
          logger: pino({ level: 'silent' }),
          verifyToken: createTokenVerifier(options.issuer),
        },
      );
      services.push(started);
      urls[name] = started.url;
    }
    return { services, urls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
