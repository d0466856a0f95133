import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isRecoveryToken,
  recoveryLinkInvalid,
  recoveryRequested,
} from '../src/credentials/recovery/password-recovery.rules.js';
import {
  newRecoveryToken,
  tokenHash,
} from '../src/credentials/recovery/password-recovery-token.js';
import { credentialMail } from '../src/credentials/credential-mail.js';

describe('the recovery link', () => {
  it('is 256 random bits in base64url, kept only as its SHA-256, never twice the same', () => {
    const [first, second] = [newRecoveryToken(), newRecoveryToken()];
    assert.ok(isRecoveryToken(first) && isRecoveryToken(second));
    assert.notEqual(first, second);
    assert.match(tokenHash(first), /^[0-9a-f]{64}$/);
    for (const forged of ['', 'x'.repeat(42), `${first}=`, `${first.slice(0, 42)}/`]) {
      assert.equal(isRecoveryToken(forged), false, forged);
    }
  });

  it('tells the same to anyone, and why a used link is refused, in Italian', () => {
    assert.match(recoveryRequested, /^Se lo username corrisponde a un’utenza/);
    assert.throws(() => {
      throw recoveryLinkInvalid();
    }, /è già stato usato o è scaduto/);
  });

  it('travels in a mail that names the username and holds the link, not a password', () => {
    const mail = credentialMail({
      givenName: 'Gaio',
      familyName: 'Cesare',
      username: 'gaio.cesare',
      password: 'T'.repeat(43),
      reason: 'recupero',
      expiresAt: new Date(),
      loginUrl: 'https://negozio.example/api/v1/auth/login',
    });
    assert.equal(mail.subject, 'Negozio Elettronico: recupero della password');
    assert.match(
      mail.text,
      /https:\/\/negozio\.example\/api\/v1\/auth\/password\/recovery\?token=T{43}/,
    );
    assert.doesNotMatch(mail.text, /Password temporanea/);
  });
});
