import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCharacter, checkFiscalCode } from './fiscal-code.js';

test('when a well-formed code is checked, then its check character is recomputed', () => {
  assert.equal(checkCharacter('MRTMTT25D09F205'), 'Z');
  assert.equal(checkCharacter('RSSMRA80A01H501'), 'U');
  assert.deepEqual(checkFiscalCode('MRTMTT25D09F205Z'), { valid: true, code: 'MRTMTT25D09F205Z' });
});

test('when the code comes from SPID or a CNS certificate, then the TINIT- prefix, case and spaces are dropped', () => {
  assert.deepEqual(checkFiscalCode(' tinit-rssmra80a01h501u '), {
    valid: true,
    code: 'RSSMRA80A01H501U',
  });
});

test('when a code is omocodic, then the letters in digit positions are accepted', () => {
  const first15 = 'RSSMRA80A01H50M';
  assert.equal(checkFiscalCode(first15 + checkCharacter(first15)).valid, true);
});

test('when a code is malformed, then the reason says what is wrong, in Italian', () => {
  assert.deepEqual(checkFiscalCode('RSSMRA80A01H501'), {
    valid: false,
    reason: 'Il codice fiscale deve avere 16 caratteri.',
  });
  assert.deepEqual(checkFiscalCode('RSSMRA80Z01H501U'), {
    valid: false,
    reason: 'Il codice fiscale non ha il formato previsto.',
  });
  assert.deepEqual(checkFiscalCode('RSSMRA80A01H501A'), {
    valid: false,
    reason: 'Il carattere di controllo del codice fiscale non è corretto.',
  });
});
