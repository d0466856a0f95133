import { pino } from 'pino';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService } from '@app/platform/service';
import { dropSchema, testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { definition, loadServiceConfig } from '../services/notify/src/index.js';

/**
 * notify alone in the bench's process, on a schema of its own that `stop` drops: its jobs run,
 * and the bench hands it events through its handlers.
 */
export async function startNotifyAlone(prefix: string, env: Record<string, string>) {
  const config = loadServiceConfig({
    DATABASE_URL: testDatabaseUrl(),
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    ...env,
  });
  const service = await startService(
    { ...definition, schema: uniqueName(prefix) },
    {
      config,
      transport: new InProcessTransport(),
      logger: pino({ level: 'silent' }),
      verifyToken: async () => {
        throw new Error('nessun token');
      },
    },
  );
  const dataSource = service.deps.dataSource;
  return {
    service,
    config,
    dataSource,
    async stop() {
      const schema = schemaOf(dataSource);
      await service.stop();
      await dropSchema(schema);
    },
  };
}
