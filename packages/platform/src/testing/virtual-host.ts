import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { uniqueName } from './environment.js';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run(process.env.RABBITMQCTL ?? 'rabbitmqctl', args);

export interface VirtualHost {
  name: string;
  /** The broker URL with this virtual host as its path. */
  url: string;
  remove(): Promise<void>;
  dropConnections(reason: string): Promise<void>;
}

/**
 * A virtual host of this run's own on the shared broker: its queues, exchanges and connections are
 * the only ones the run creates, so runs side by side (tests, a benchmark) never take each other's
 * messages.
 */
export async function ownVirtualHost(base: string, prefix = 'run'): Promise<VirtualHost> {
  const vhost = uniqueName(prefix);
  const user = decodeURIComponent(new URL(base).username || 'guest');
  await rabbitmqctl('add_vhost', vhost);
  await rabbitmqctl('set_permissions', '-p', vhost, user, '.*', '.*', '.*');
  const url = new URL(base);
  url.pathname = `/${encodeURIComponent(vhost)}`;
  return {
    name: vhost,
    url: url.toString(),
    remove: async () => void (await rabbitmqctl('delete_vhost', vhost)),
    dropConnections: async (reason) =>
      void (await rabbitmqctl('close_all_connections', '-p', vhost, reason)),
  };
}
