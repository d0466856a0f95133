import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  accountLocked,
  loginRefusals,
  noProfile,
  passwordChangeRequired,
  providerUnknown,
  spidRefused,
  tooManyAttempts,
} from '../src/login/login.rules.js';

describe('login refusals', () => {
  test('when nobody with the fiscal code has a profile, then the person reads seed 002’s way forward: registration', () => {
    const refused = noProfile('RSSMRA80A01H501U');
    assert.equal(refused.status, 403);
    assert.match(
      refused.detail ?? '',
      /codice fiscale RSSMRA80A01H501U\. Per accedere è necessario procedere con la registrazione/,
    );
    assert.equal(refused.extensions.registration, '/api/v1/registrations');
  });

  test('when too many attempts come from an address, then 429 says when to retry; a locked pair says until when, in Rome time', () => {
    assert.equal(tooManyAttempts(42).extensions.retryAfterSeconds, 42);
    const locked = accountLocked(new Date('2026-12-06T10:15:00Z'));
    assert.equal(locked.status, 423);
    assert.match(locked.detail ?? '', /riprova dopo le 11:15\.$/);
  });

  test('when a SAML response is refused with a SPID anomaly, then its number travels with the refusal', () => {
    assert.equal(spidRefused('Firma non valida.', undefined, 110).extensions.spidAnomaly, 110);
    assert.deepEqual(spidRefused('Firma non valida.').extensions, {});
  });

  test('when an IdP is unknown, then the ones available are listed; every refusal code is declared once', () => {
    assert.match(
      providerUnknown('x', ['poste', 'aruba']).detail ?? '',
      /Disponibili: poste, aruba\.$/,
    );
    assert.equal(passwordChangeRequired().extensions.change, '/api/v1/auth/password/change');
    for (const [code, refusal] of Object.entries(loginRefusals)) assert.equal(refusal.code, code);
  });
});
