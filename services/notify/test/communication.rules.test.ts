import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  partyOf,
  recipientOf,
  recipientsFor,
  type ContractParties,
} from '../src/communications/communication.rules.js';

const contract: ContractParties = {
  banditoreAgencyId: 'regione',
  supplierAgencyId: 'fornitore',
  members: ['prato', 'firenze', 'regione'],
  status: 'pubblicato',
};

/** Seed 001, Comunicazioni: banditore ↔ aderenti, aderenti ↔ OE aggiudicatario, banditore ↔ OE. */
describe('who writes to whom in a contract’s Comunicazioni', () => {
  test('when an agency is both banditore and aderente, then it writes as the banditore', () => {
    assert.equal(partyOf(contract, 'regione'), 'banditore');
    assert.equal(partyOf(contract, 'fornitore'), 'fornitore');
    assert.equal(partyOf(contract, 'prato'), 'aderente');
    assert.equal(partyOf(contract, 'livorno'), undefined);
  });

  test('when an aderente writes to the banditore or the OE, then the message goes to their agency', () => {
    assert.deepEqual(recipientOf(contract, 'aderente', { party: 'banditore' }), {
      agencyId: 'regione',
    });
    assert.deepEqual(recipientOf(contract, 'aderente', { party: 'fornitore' }), {
      agencyId: 'fornitore',
    });
    assert.deepEqual(recipientOf(contract, 'banditore', { party: 'aderente', agencyId: 'prato' }), {
      agencyId: 'prato',
    });
  });

  test('when an aderente writes to another aderente, or to an agency that did not adhere, then it is refused saying why', () => {
    const sameParty = recipientOf(contract, 'aderente', { party: 'aderente', agencyId: 'firenze' });
    assert.match(
      'refused' in sameParty ? sameParty.refused : '',
      /^Un ente aderente non scrive a un altro ente aderente/,
    );
    const outsider = recipientOf(contract, 'banditore', { party: 'aderente', agencyId: 'livorno' });
    assert.deepEqual(outsider, { refused: "L'ente indicato non ha aderito a questo contratto." });
    const noSupplier = recipientOf({ ...contract, supplierAgencyId: null }, 'banditore', {
      party: 'fornitore',
    });
    assert.ok('refused' in noSupplier);
  });

  test('when the form offers recipients, then a party is never offered its own kind, and the banditore is not listed as aderente', () => {
    assert.deepEqual(recipientsFor(contract, 'banditore'), [
      { party: 'fornitore', agencyId: 'fornitore' },
      { party: 'aderente', agencyId: 'prato' },
      { party: 'aderente', agencyId: 'firenze' },
    ]);
    assert.deepEqual(
      recipientsFor(contract, 'aderente').map((choice) => choice.party),
      ['banditore', 'fornitore'],
    );
  });
});
