import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyExists, officeExists, officeNotInAgency } from '../src/agencies/agencies.rules.js';
import {
  firstFreeUsername,
  maskedEmail,
  noEmail,
  retryDelaySeconds,
  usernameBase,
} from '../src/credentials/credentials.rules.js';
import { profileExists, withLabels, type ProfileView } from '../src/profiles/profiles.rules.js';

describe('agencies, profiles and credentials: the rules of the people who act', () => {
  test('when an agency, an office or a profile exists already, then the refusal says which, in Italian', () => {
    assert.equal(agencyExists('Comune di Prato').code, 'AGENCY_EXISTS');
    assert.match(agencyExists('Comune di Prato').detail ?? '', /\(Comune di Prato\)\.$/);
    assert.equal(
      officeExists('Economato').detail,
      'L’ufficio «Economato» esiste già.'.replace('’', "'"),
    );
    assert.equal(officeNotInAgency().status, 400);
    assert.equal(profileExists().status, 409);
  });

  test('when a profile is shown, then each role has its label', () => {
    const row = { roles: ['rup', 'punto-ordinante'] } as Omit<ProfileView, 'roleLabels'>;
    assert.deepEqual(withLabels(row).roleLabels, ['RUP', 'Punto Ordinante']);
  });

  test('when a username is made, then it is nome.cognome in ASCII, with the first free number when taken', () => {
    assert.equal(usernameBase('Niccolò', "D'Àrezzo"), 'niccolo.darezzo');
    assert.equal(usernameBase('', ''), 'utente');
    assert.equal(firstFreeUsername('luca.ferri', []), 'luca.ferri');
    assert.equal(firstFreeUsername('luca.ferri', ['luca.ferri', 'luca.ferri2']), 'luca.ferri3');
  });

  test('when credentials are to be mailed, then a person without an address is refused and the address is shown masked', () => {
    assert.equal(noEmail().code, 'EMAIL_REQUIRED');
    assert.equal(maskedEmail('luca.ferri@comune.prato.it'), 'l***@comune.prato.it');
  });

  test('when the mail server refuses, then the next try waits twice as long, never more than an hour', () => {
    assert.deepEqual([0, 1, 2].map(retryDelaySeconds), [10, 20, 40]);
    assert.equal(retryDelaySeconds(20), 3600);
  });
});
