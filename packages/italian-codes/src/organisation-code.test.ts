import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkOrganisationCode, elevenDigitCheck } from './organisation-code.js';

test('when real agencies’ codes are checked, then their check digit is recomputed', () => {
  // Regione Toscana, Comune di Firenze, Comune di Prato (their published codici fiscali).
  for (const code of ['01386030488', '01307110484', '84006890481'])
    assert.deepEqual(checkOrganisationCode(code), { valid: true, code });
  assert.equal(elevenDigitCheck('0138603048'), 8);
});

test('when a VAT prefix or spaces come along, then they are dropped', () => {
  assert.deepEqual(checkOrganisationCode(' IT01386030488 '), { valid: true, code: '01386030488' });
});

test('when a sole trader uses a personal codice fiscale, then it is checked as one', () => {
  assert.equal(checkOrganisationCode('RSSMRA80A01H501U').valid, true);
  assert.equal(checkOrganisationCode('RSSMRA80A01H501A').valid, false);
});

test('when a digit is wrong or the shape is not a code, then the reason says so in Italian', () => {
  assert.deepEqual(checkOrganisationCode('01386030487'), {
    valid: false,
    reason:
      'La cifra di controllo del codice fiscale o della partita IVA «01386030487» non è corretta.',
  });
  assert.match((checkOrganisationCode('0138603048') as { reason: string }).reason, /11 cifre/);
});
