import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedLevel, levelAsked } from '../src/login/oidc/oidc-login.rules.js';

describe('OpenID Connect login levels', () => {
  test('CIE id is always level 3; SPID the level chosen, 2 by default', () => {
    assert.equal(levelAsked('cie', 1), 3);
    assert.equal(levelAsked('spid', undefined), 2);
    assert.equal(levelAsked('spid', 1), 1);
  });

  test('a higher level than asked is accepted, a lower one or an unknown acr refused', () => {
    assert.equal(
      acceptedLevel('https://www.spid.gov.it/SpidL3', 2),
      'https://www.spid.gov.it/SpidL3',
    );
    assert.equal(acceptedLevel('https://www.spid.gov.it/SpidL1', 2), undefined);
    assert.equal(acceptedLevel('urn:other', 1), undefined);
    assert.equal(acceptedLevel(undefined, 1), undefined);
  });
});
