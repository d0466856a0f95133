import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkBanditore,
  checkOpen,
  checkWithinReservation,
  crossedThresholds,
  exceeded,
  remainingOf,
  usedPercent,
} from '../src/ceiling/ceiling.rules.js';
import { checkMayAnswer, checkMayAsk } from '../src/clarifications/clarification.rules.js';
import type { Contract } from '../src/contracts/contract.rules.js';

const codeOf = (work: () => unknown) => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('the ceiling (massimale) of a contract', () => {
  const counters = { ceiling: 100_000_00, reserved: 30_000_00, consumed: 50_000_00 };

  test('when amounts are reserved and consumed, then the remainder and the share used follow, rounded down', () => {
    assert.equal(remainingOf(counters), 20_000_00);
    assert.equal(usedPercent(counters), 80);
    assert.equal(usedPercent({ ceiling: 3, reserved: 1, consumed: 0 }), 33.33);
  });

  test('when a movement goes past 80 % and 90 % at once, then both thresholds are announced, once', () => {
    const after = { ceiling: 100_000_00, reserved: 0, consumed: 95_000_00 };
    assert.deepEqual(crossedThresholds(after, 20_000_00), [80, 90]);
    assert.deepEqual(crossedThresholds(after, 1_00), []);
    assert.deepEqual(crossedThresholds({ ...after, consumed: 100_000_00 }, 5_000_00), [100]);
  });

  test('when someone other than the banditore moves it, or the contract is not published, then it is refused', () => {
    assert.equal(
      codeOf(() => checkBanditore('a-1', 'a-2')),
      'NOT_BANDITORE',
    );
    assert.equal(
      codeOf(() => checkBanditore('a-1', 'a-1')),
      undefined,
    );
    assert.equal(
      codeOf(() => checkOpen('sospeso')),
      'CONTRACT_NOT_OPEN',
    );
    assert.equal(
      codeOf(() => checkOpen('pubblicato')),
      undefined,
    );
  });

  test('when an amount exceeds what is left, then the refusal says both amounts in euro', () => {
    const refused = exceeded(25_000_00, 20_000_00);
    assert.equal(refused.code, 'CEILING_EXCEEDED');
    assert.equal(refused.extensions.remainingCents, 20_000_00);
    assert.match(refused.detail ?? '', /25\.000,00.*20\.000,00/);
    assert.equal(
      codeOf(() => checkWithinReservation(10_01, 10_00)),
      'RESERVATION_EXCEEDED',
    );
    assert.equal(
      codeOf(() => checkWithinReservation(10_00, 10_00)),
      undefined,
    );
  });
});

describe('clarifications (Chiarimenti) on a contract', () => {
  const contract = (change: Partial<Contract>) =>
    ({
      status: 'pubblicato',
      banditore: { agencyId: 'regione' },
      eligibleAgencies: null,
      ...change,
    }) as Contract;

  test('when an eligible agency asks on a published or suspended contract, then it may; the banditore answers', () => {
    assert.equal(
      codeOf(() => checkMayAsk(contract({}), 'prato')),
      undefined,
    );
    assert.equal(
      codeOf(() => checkMayAsk(contract({ status: 'sospeso' }), 'prato')),
      undefined,
    );
    assert.equal(
      codeOf(() => checkMayAnswer(contract({}), 'regione')),
      undefined,
    );
  });

  test('when the banditore asks, the contract is a draft or closed, or the agency may not adhere, then it is refused', () => {
    assert.equal(
      codeOf(() => checkMayAsk(contract({}), 'regione')),
      'BANDITORE_ASKS',
    );
    assert.equal(
      codeOf(() => checkMayAsk(contract({ status: 'chiuso' }), 'prato')),
      'CONTRACT_NOT_OPEN',
    );
    assert.equal(
      codeOf(() => checkMayAsk(contract({ eligibleAgencies: ['firenze'] }), 'prato')),
      'NOT_ELIGIBLE',
    );
    assert.equal(
      codeOf(() => checkMayAnswer(contract({}), 'prato')),
      'NOT_BANDITORE',
    );
  });
});
