import type { RequestHandler } from 'express';
import type { ServiceName } from './config.js';
import { defined } from '@app/platform/errors';

export interface ServiceState {
  status: 'ready' | 'not-ready' | 'unreachable';
  url: string;
  checks?: Record<string, string>;
}

/**
 * The gateway is ready only when every service (and the portal) is: each one is asked for its own
 * /readyz.
 */
export function aggregatedReadiness(
  services: Partial<Record<ServiceName | 'web', string>>,
  stopping: () => boolean = () => false,
): RequestHandler {
  return async (_req, res) => {
    // A gateway that is stopping leaves the balancer first, whatever the services say.
    if (stopping()) {
      res.status(503).json({ status: 'not-ready', services: { gateway: { status: 'stopping' } } });
      return;
    }
    const states = await Promise.all(
      Object.entries(services).map(
        async ([name, url]) => [name, await probe(defined(url))] as const,
      ),
    );
    const ready = states.every(([, state]) => state.status === 'ready');
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not-ready',
      services: Object.fromEntries([['gateway', { status: 'ready' }], ...states]),
    });
  };
}

async function probe(url: string): Promise<ServiceState> {
  try {
    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(3000) });
    const body = (await response.json()) as { checks?: Record<string, string> };
    return { status: response.ok ? 'ready' : 'not-ready', url, checks: body.checks };
  } catch {
    return { status: 'unreachable', url };
  }
}
