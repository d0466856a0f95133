import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isStrongLogin, spidLevelOf } from './index.js';

describe('strong logins (seed 001: SPID level 2 or 3, CIE, CNS)', () => {
  test('SPID counts from level 2; CIE and CNS always; a password, SPID level 1 or no method never', () => {
    const spid = (level: number) => ({
      authMethod: 'spid',
      acr: `https://www.spid.gov.it/SpidL${level}`,
    });
    assert.deepEqual(
      [1, 2, 3].map((level) => isStrongLogin(spid(level))),
      [false, true, true],
    );
    assert.equal(isStrongLogin({ authMethod: 'cie' }), true);
    assert.equal(isStrongLogin({ authMethod: 'cns' }), true);
    assert.equal(
      isStrongLogin({ authMethod: 'password', acr: 'https://www.spid.gov.it/SpidL3' }),
      false,
    );
    assert.equal(isStrongLogin({}), false);
    assert.equal(
      isStrongLogin({ authMethod: 'spid', acr: 'urn:oasis:names:tc:SAML:2.0:ac:classes:SpidL2' }),
      false,
      "the old specification's class is not a level",
    );
    assert.equal(spidLevelOf('https://www.spid.gov.it/SpidL3'), 3);
  });
});
