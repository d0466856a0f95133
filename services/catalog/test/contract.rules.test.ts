import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkTransition,
  contractLifecycle,
  type Contract,
} from '../src/contracts/contract.rules.js';
import {
  contractChangeSchema,
  contractFields as newContractFields,
} from '../src/contracts/contract.schema.js';

const contract = (status: Contract['status'], expiryDate = '2030-12-31') =>
  ({ status, expiryDate }) as Contract;

describe("the contract's lifecycle", () => {
  test('when a step is asked from a state it does not leave, then it is refused naming the state as people read it', () => {
    assert.throws(() => checkTransition(contract('bozza'), 'suspend', '2026-12-06', false), {
      code: 'INVALID_TRANSITION',
      message: 'Non è possibile sospendere un contratto nello stato «Bozza».',
    });
    assert.throws(
      () => checkTransition(contract('scaduto', '2026-01-31'), 'publish', '2026-12-06', false),
      {
        code: 'INVALID_TRANSITION',
        message: 'Non è possibile pubblicare un contratto nello stato «Scaduto».',
      },
    );
    assert.throws(() => checkTransition(contract('chiuso'), 'resume', '2026-12-06', false), {
      message: 'Non è possibile riattivare un contratto nello stato «Chiuso».',
    });
  });

  test('a contract past its expiry takes the steps of a published one; a draft past its expiry is not published', () => {
    assert.doesNotThrow(() =>
      checkTransition(contract('scaduto', '2026-01-31'), 'close', '2026-12-06', false),
    );
    assert.throws(
      () => checkTransition(contract('bozza', '2026-01-31'), 'publish', '2026-12-06', false),
      { code: 'EXPIRED' },
    );
    assert.doesNotThrow(
      () => checkTransition(contract('bozza', '2026-01-31'), 'publish', '2026-12-06', true),
      'recorded from history',
    );
    assert.deepEqual(
      Object.entries(contractLifecycle.steps).map(
        ([name, step]) => `${step.from.join('|')} → ${name} → ${step.to}`,
      ),
      [
        'bozza → publish → pubblicato',
        'pubblicato → suspend → sospeso',
        'sospeso → resume → pubblicato',
        'pubblicato|sospeso → close → chiuso',
      ],
    );
  });
});

describe("a contract's change", () => {
  test('when a change names one field, then it carries that field only: no default comes back (documents, days, the dispute option)', () => {
    assert.deepEqual(contractChangeSchema.parse({ description: 'Nuova descrizione' }), {
      description: 'Nuova descrizione',
    });
    assert.deepEqual(contractChangeSchema.parse({ supplierMayDispute: true }), {
      supplierMayDispute: true,
    });
  });

  test('when a contract is created without the dispute option, then the supplier may not dispute (seed 001: the order «perfeziona l’obbligazione»)', () => {
    const shape = contractChangeSchema.safeParse({ supplierMayDispute: 'sì' });
    assert.equal(shape.success, false);
    assert.equal(newContractFields.shape.supplierMayDispute.parse(undefined), false);
  });
});
