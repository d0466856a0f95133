import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { PreparedJson } from '@app/platform/http';
import type { SearchQuery } from './contract-search.schema.js';
import type { SearchResult } from './contract-search.store.js';
import { agenciesWithDraftContracts } from './contract.store.js';

export interface SearchCache {
  /**
   * The result of a search, computed and serialised once for every caller who would see the same
   * contracts.
   */
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
 * Popular searches of "Elenco contratti" repeat across thousands of agencies; they are answered
 * from memory. Results are shared by every agency without drafts of its own (they all see the same
 * published contracts); a banditore with drafts gets entries of its own. Writes on this replica
 * clear the cache when they commit. After `freshSeconds` an entry is recomputed in the background
 * while callers still get the previous answer, so nobody waits for PostgreSQL on a popular search
 * and other replicas see a change within `freshSeconds` plus one search.
 */
export function createSearchCache(
  dataSource: DataSource,
  freshSeconds: number,
  maxEntries = 5_000,
): SearchCache {
  if (freshSeconds > 0) return new RememberedSearches(dataSource, freshSeconds, maxEntries);
  return {
    lookup: async (_query, _tenant, search) => PreparedJson.of(await search()),
    invalidate: () => {},
  };
}

/** The searches in memory, with the agencies that have drafts (their searches are their own). */
class RememberedSearches implements SearchCache {
  private readonly results: LRUCache<string, Remembered>;
  private draftOwners: Promise<Set<string>> | undefined;
  // A search that started before a write must not store what it read once the write has landed.
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly freshSeconds: number,
    maxEntries: number,
  ) {
    // Entries nobody asked for in a while leave; popular ones stay and are refreshed.
    this.results = new LRUCache({
      max: maxEntries,
      ttl: freshSeconds * 6_000,
      updateAgeOnGet: true,
    });
  }

  async lookup(
    query: SearchQuery,
    tenant: string | undefined,
    search: () => Promise<SearchResult>,
  ) {
    const audience = tenant && (await this.agenciesWithDrafts()).has(tenant) ? tenant : 'published';
    const key = `${audience} ${JSON.stringify(query)}`;
    const remembered = this.results.get(key);
    if (!remembered) {
      const answer = this.compute(key, search);
      // Callers arriving while the first is still searching wait for the same answer.
      this.results.set(key, { answer, freshUntil: Number.POSITIVE_INFINITY, refreshing: true });
      return answer;
    }
    if (remembered.freshUntil < Date.now() && !remembered.refreshing) {
      remembered.refreshing = true;
      this.compute(key, search).catch(() => {
        remembered.refreshing = false;
      });
    }
    return remembered.answer;
  }

  invalidate() {
    this.generation += 1;
    this.draftOwners = undefined;
    this.results.clear();
  }

  private agenciesWithDrafts() {
    this.draftOwners ??= agenciesWithDraftContracts(this.dataSource.manager).then(
      (ids) => new Set(ids),
    );
    this.draftOwners.catch(() => {
      this.draftOwners = undefined;
    });
    return this.draftOwners;
  }

  private compute(key: string, search: () => Promise<SearchResult>): Promise<PreparedJson> {
    const started = this.generation;
    const answer = search().then(PreparedJson.of);
    answer.then(
      () => {
        if (this.generation !== started) return;
        const freshUntil = Date.now() + this.freshSeconds * 1000;
        this.results.set(key, { answer, freshUntil, refreshing: false });
      },
      () => {
        if (this.results.get(key)?.answer === answer) this.results.delete(key);
      },
    );
    return answer;
  }
}
