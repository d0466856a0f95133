import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadServiceConfig } from '../src/index.js';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };

test("when the lease on a CIG request is shorter than a step's PCP calls with their attempts, then the configuration is refused", () => {
  assert.equal(loadServiceConfig(base).PCP_LEASE_MS, 120_000);
  assert.equal(
    loadServiceConfig({
      ...base,
      PCP_LEASE_MS: '30000',
      PCP_TIMEOUT_MS: '5000',
      PCP_MAX_ATTEMPTS: '3',
    }).PCP_LEASE_MS,
    30_000,
  );
  assert.throws(
    () =>
      loadServiceConfig({
        ...base,
        PCP_LEASE_MS: '30000',
        PCP_TIMEOUT_MS: '10000',
        PCP_MAX_ATTEMPTS: '4',
      }),
    /PCP_LEASE_MS/,
  );
});
