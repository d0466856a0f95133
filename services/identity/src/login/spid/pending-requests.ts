import type { CacheProvider } from '@node-saml/node-saml';
import type { DataSource } from 'typeorm';
import * as store from '../login.store.js';

/** How long an AuthnRequest waits for its answer; its ID is kept as long (replay protection). */
export const requestLifetimeMs = 10 * 60_000;

/**
 * node-saml's InResponseTo cache, in the database so every replica sees it. A request is never
 * deleted, only consumed: a second response to it (a replay) finds nothing to match.
 */
export function pendingRequestCache(dataSource: DataSource, method: string): CacheProvider {
  return {
    async saveAsync(key, value) {
      const lifetimeSeconds = requestLifetimeMs / 1000;
      await store.savePendingLogin(
        dataSource,
        { id: key, method, details: { instant: value }, lifetimeSeconds },
        {
          ignoreExisting: true,
        },
      );
      return { value, createdAt: Date.now() };
    },
    async getAsync(key) {
      return (await store.openPendingDetail(dataSource, key, method, 'instant')) ?? null;
    },
    async removeAsync(key) {
      if (!key) return null;
      return (await store.consumePendingLogin(dataSource, key)) ? key : null;
    },
  };
}

/** Marks a request answered: a later response to it, whatever it says, finds nothing to match. */
export async function consumeRequest(dataSource: DataSource, id: string): Promise<void> {
  await store.consumePendingLogin(dataSource, id);
}

export const rememberRequest = store.addPendingDetails;
export const requestDetails = store.pendingDetails;

/** Records an assertion ID once; false if it was seen before (the same assertion posted twice). */
export const firstSighting = store.firstSightingOf;
