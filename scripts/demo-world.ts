import { join } from 'node:path';
import { seedDemoWorld } from '@app/identity';
import type { RunningPlatform } from './platform.js';

/** Loads demo/agencies.json and demo/identities.json into the running platform's identity service. */
export async function loadDemoWorld(platform: RunningPlatform): Promise<{ agencies: number; people: number }> {
  const identity = platform.services.find((service) => service.name === 'identity')!;
  return seedDemoWorld(identity.deps.dataSource, join(process.cwd(), 'demo', 'agencies.json'), join(process.cwd(), 'demo', 'identities.json'));
}
