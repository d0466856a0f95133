import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPercentage, pricesAt } from '../src/prices/price-list.rules.js';

describe('price revisions', () => {
  test('when +4.9 % applies, then each price is rounded half up to the cent, in integers', () => {
    assert.equal(applyPercentage(10_000, 490), 10_490);
    assert.equal(applyPercentage(1_999, 490), 2_097); // 2096.951 → 2097
    assert.equal(applyPercentage(10, 490), 10); // 10.49 → 10
    assert.equal(applyPercentage(50, 490), 52); // 52.45 → 52
    assert.equal(applyPercentage(70, 500), 74); // 73.5 → 74
    assert.equal(applyPercentage(Number.MAX_SAFE_INTEGER - 1, 0), Number.MAX_SAFE_INTEGER - 1);
  });

  test('when revisions are dated, then a date sees only those in force, in date order', () => {
    const base = { A: 10_000, B: 2_500 };
    const revisions = [
      { effectiveFrom: '2024-01-01', percentBasisPoints: null, prices: { B: 3_000 } },
      { effectiveFrom: '2023-04-01', percentBasisPoints: 490, prices: null },
    ];
    assert.deepEqual(pricesAt(base, revisions, '2023-03-31'), { A: 10_000, B: 2_500 });
    assert.deepEqual(pricesAt(base, revisions, '2023-04-01'), { A: 10_490, B: 2_623 });
    assert.deepEqual(pricesAt(base, revisions, '2025-01-01'), { A: 10_490, B: 3_000 });
  });
});
