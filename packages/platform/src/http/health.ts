import type { Router } from 'express';

/** A readiness check: resolves when the dependency answers, rejects otherwise. */
export type ReadinessCheck = () => Promise<void>;

/**
 * Liveness answers for the process alone (never its dependencies, or a broker outage restarts every
 * pod).
 */
export function mountHealth(
  router: Router,
  service: string,
  checks: Record<string, ReadinessCheck>,
): void {
  router.get('/healthz', (_req, res) => {
    res.json({ service, status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const entries = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await withTimeout(check(), 2000);
          return [name, 'ok'] as const;
        } catch (error) {
          return [name, error instanceof Error ? error.message : 'non disponibile'] as const;
        }
      }),
    );
    const ready = entries.every(([, state]) => state === 'ok');
    res.status(ready ? 200 : 503).json({
      service,
      status: ready ? 'ready' : 'not-ready',
      checks: Object.fromEntries(entries),
    });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`nessuna risposta entro ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
