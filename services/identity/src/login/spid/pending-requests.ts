import type { CacheProvider } from '@node-saml/node-saml';
import type { DataSource } from 'typeorm';
import { updateReturning } from '@app/platform/db';

/** How long an AuthnRequest waits for its answer; its ID is kept as long (replay protection). */
export const requestLifetimeMs = 10 * 60_000;

/**
 * node-saml's InResponseTo cache, in the database so every replica sees it. A request is never
 * deleted, only consumed: a second response to it (a replay) finds nothing to match.
 */
export function pendingRequestCache(dataSource: DataSource, method: string): CacheProvider {
  return {
    async saveAsync(key, value) {
      await dataSource.query(
        `INSERT INTO pending_logins (id, method, details, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4)) ON CONFLICT DO NOTHING`,
        [key, method, JSON.stringify({ instant: value }), requestLifetimeMs / 1000]);
      return { value, createdAt: Date.now() };
    },
    async getAsync(key) {
      const [row] = await dataSource.query(
        `SELECT details->>'instant' AS instant FROM pending_logins WHERE id = $1 AND method = $2 AND consumed_at IS NULL AND expires_at > now()`, [key, method]);
      return row?.instant ?? null;
    },
    async removeAsync(key) {
      if (!key) return null;
      const [row] = await updateReturning<{ id: string }>(dataSource, 'UPDATE pending_logins SET consumed_at = now() WHERE id = $1 AND consumed_at IS NULL RETURNING id', [key]);
      return row?.id ?? null;
    },
  };
}

/** Marks a request answered: a later response to it, whatever it says, finds nothing to match. */
export async function consumeRequest(dataSource: DataSource, id: string): Promise<void> {
  await dataSource.query('UPDATE pending_logins SET consumed_at = now() WHERE id = $1 AND consumed_at IS NULL', [id]);
}

export async function rememberRequest(dataSource: DataSource, id: string, details: Record<string, unknown>): Promise<void> {
  await dataSource.query(`UPDATE pending_logins SET details = details || $2::jsonb WHERE id = $1`, [id, JSON.stringify(details)]);
}

export async function requestDetails<T>(dataSource: DataSource, id: string): Promise<T | undefined> {
  const [row] = await dataSource.query('SELECT details FROM pending_logins WHERE id = $1', [id]);
  return row?.details;
}

/** Records an assertion ID once; false if it was seen before (the same assertion posted twice). */
export async function firstSighting(dataSource: DataSource, assertionId: string, expiresAt: Date): Promise<boolean> {
  const rows = await dataSource.query('INSERT INTO seen_assertions (id, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id', [assertionId, expiresAt]);
  return rows.length === 1;
}
