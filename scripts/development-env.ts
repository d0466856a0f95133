import { ensureDemoSigning } from './demo-signing.js';
import { ensurePdndKey } from './pdnd-key.js';

/**
 * What a developer's machine adds to the environment, for `npm start` and `npm run start:cluster`
 * alike: the demo signing authority, a PDND client key the ANAC simulator trusts, webhooks to local
 * receivers, and RabbitMQ's management API beside its AMQP address. Production sets its own, and
 * none of these.
 */
export async function developmentEnv(
  base: NodeJS.ProcessEnv,
  demoWorld: boolean,
): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...base };
  const production = env.NODE_ENV === 'production';
  if (demoWorld && !production && !env.SIGNATURE_TRUSTED_CA_FILES)
    env.SIGNATURE_TRUSTED_CA_FILES = (await ensureDemoSigning()).caFile;
  if (!production) env.PDND_PRIVATE_KEY_FILE ??= ensurePdndKey();
  if (!production) env.WEBHOOK_ALLOW_PRIVATE ??= 'true';
  // On RabbitMQ, partners' own queues are made through its management API (same credentials, port
  // 15672).
  if (env.AMQP_URL && !env.AMQP_MANAGEMENT_URL) {
    const broker = new URL(env.AMQP_URL);
    const user = `${broker.username || 'guest'}:${broker.password || 'guest'}`;
    env.AMQP_MANAGEMENT_URL = `http://${user}@${broker.hostname}:15672`;
  }
  return env;
}
