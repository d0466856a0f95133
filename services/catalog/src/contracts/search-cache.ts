import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { PreparedJson } from '@app/platform/http';
import type { SearchQuery } from './contract-search.schema.js';
import type { SearchResult } from './contract-search.store.js';
import { agenciesWithDraftContracts } from './contract.store.js';

export interface SearchCache {
  /** The result of a search, computed and serialised once for every caller who would see the same contracts. */
  lookup(
    query: SearchQuery,
    tenant: string | undefined,
    search: () => Promise<SearchResult>,
  ): Promise<PreparedJson>;
  /** After a write to contracts has committed: this replica forgets every result at once. */
  invalidate(): void;
}

interface Remembered {
  answer: Promise<PreparedJson>;
  freshUntil: number;
  refreshing: boolean;
}

/**
 * Popular searches of "Elenco contratti" repeat across thousands of agencies; they are answered from
 * memory. Results are shared by every agency without drafts of its own (they all see the same published
 * contracts); a banditore with drafts gets entries of its own. Writes on this replica clear the cache
 * when they commit. After `freshSeconds` an entry is recomputed in the background while callers still
 * get the previous answer, so nobody waits for PostgreSQL on a popular search and other replicas see a
 * change within `freshSeconds` plus one search.
 */
export function createSearchCache(
  dataSource: DataSource,
  freshSeconds: number,
  maxEntries = 5_000,
): SearchCache {
  if (freshSeconds <= 0)
    return {
      lookup: async (_query, _tenant, search) => PreparedJson.of(await search()),
      invalidate: () => {},
    };
  // Entries nobody asked for in a while leave; popular ones stay and are refreshed.
  const results = new LRUCache<string, Remembered>({
    max: maxEntries,
    ttl: freshSeconds * 6_000,
    updateAgeOnGet: true,
  });
  let draftOwners: Promise<Set<string>> | undefined;
  // A search that started before a write must not store what it read once the write has landed.
  let generation = 0;

  const agenciesWithDrafts = () => {
    draftOwners ??= agenciesWithDraftContracts(dataSource.manager).then((ids) => new Set(ids));
    draftOwners.catch(() => {
      draftOwners = undefined;
    });
    return draftOwners;
  };

  const compute = (key: string, search: () => Promise<SearchResult>): Promise<PreparedJson> => {
    const started = generation;
    const answer = search().then(PreparedJson.of);
    answer.then(
      () => {
        if (generation === started)
          results.set(key, {
            answer,
            freshUntil: Date.now() + freshSeconds * 1000,
            refreshing: false,
          });
      },
      () => {
        if (results.get(key)?.answer === answer) results.delete(key);
      },
    );
    return answer;
  };

  return {
    async lookup(query, tenant, search) {
      const audience = tenant && (await agenciesWithDrafts()).has(tenant) ? tenant : 'published';
      const key = `${audience} ${JSON.stringify(query)}`;
      const remembered = results.get(key);
      if (!remembered) {
        const answer = compute(key, search);
        // Callers arriving while the first is still searching wait for the same answer.
        results.set(key, { answer, freshUntil: Number.POSITIVE_INFINITY, refreshing: true });
        return answer;
      }
      if (remembered.freshUntil < Date.now() && !remembered.refreshing) {
        remembered.refreshing = true;
        compute(key, search).catch(() => {
          remembered.refreshing = false;
        });
      }
      return remembered.answer;
    },
    invalidate() {
      generation += 1;
      draftOwners = undefined;
      results.clear();
    },
  };
}
