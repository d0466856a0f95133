import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  fixedFieldsChanged,
  fixedFieldsMessage,
  holderChanges,
} from '../src/members/member.rules.js';
import { liveMessage, transferOutSchema } from '../src/mailboxes/mailbox.rules.js';

describe("the holder's data (seed 004)", () => {
  it('never changes name and codice fiscale; the same value again is no change', () => {
    const current = { givenName: 'Mario', familyName: 'Rossi', fiscalCode: 'RSSMRA80A01D612Y' };
    assert.deepEqual(fixedFieldsChanged(current, { givenName: 'mario', phone: '1' }), []);
    assert.deepEqual(fixedFieldsChanged(current, { familyName: 'Bianchi', fiscalCode: 'X' }), [
      'familyName',
      'fiscalCode',
    ]);
    assert.match(fixedFieldsMessage(['familyName']), /Il cognome del titolare non si modifica/);
  });

  it("passes the provider only the holder's contacts, by its names", () => {
    assert.deepEqual(
      holderChanges({
        phone: '055',
        address: null,
        referenceEmail: 'a@b.it',
        givenName: 'Mario',
        fax: undefined,
      }),
      { telefono: '055', indirizzoResidenza: null, emailRiferimento: 'a@b.it' },
    );
  });

  it('names the destination Order by its province, and says why a box cannot be managed', () => {
    assert.equal(transferOutSchema.parse({ destinationOrder: ' rm ' }).destinationOrder, 'RM');
    assert.ok(!transferOutSchema.safeParse({ destinationOrder: 'Roma' }).success);
    assert.match(liveMessage('cancellata'), /«Cancellata»/);
  });
});
