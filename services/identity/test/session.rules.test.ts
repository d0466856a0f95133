import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cnsAcr, levelOf, passwordAcr, spidLevels } from '../src/sessions/levels.rules.js';
import {
  checkProfileAvailable,
  sessionAsCaller,
  sessionView,
  type LoginSession,
} from '../src/sessions/session.rules.js';

const session = {
  id: 's-1',
  personId: 'p-1',
  method: 'spid',
  acr: spidLevels[2],
  amr: ['spid-l2'],
  authTime: new Date('2026-12-06T09:00:00Z'),
  idp: 'https://idp.example',
  selectedProfileId: null,
} as unknown as LoginSession;

describe('session rules', () => {
  test('when a person switches profile (Cambio profilo), then only an active profile of their own is taken', () => {
    assert.doesNotThrow(() =>
      checkProfileAvailable(session, { personId: 'p-1', status: 'attivo' }),
    );
    for (const profile of [
      { personId: 'p-2', status: 'attivo' },
      { personId: 'p-1', status: 'disabilitato' },
      undefined,
    ]) {
      assert.throws(
        () => checkProfileAvailable(session, profile),
        (error: { code: string; detail: string }) =>
          error.code === 'PROFILE_NOT_AVAILABLE' &&
          error.detail === 'Il profilo indicato non è tra i tuoi profili attivi.',
      );
    }
  });

  test('when a session is shown or audited, then it says how and when the person logged in, acting for the profile’s agency', () => {
    assert.deepEqual(sessionView(session), {
      id: 's-1',
      method: 'spid',
      acr: spidLevels[2],
      amr: ['spid-l2'],
      authTime: '2026-12-06T09:00:00.000Z',
      idp: 'https://idp.example',
    });
    const caller = sessionAsCaller(session, { id: 'pr-1', roles: ['rup'], agency: { id: 'a-1' } });
    assert.equal(caller.tenant, 'a-1');
    assert.deepEqual(caller.roles, ['rup']);
    assert.deepEqual(sessionAsCaller(session).roles, []);
  });

  test('when an acr is read, then SPID’s three levels are known and our own password and CNS acr are none of them', () => {
    assert.equal(levelOf('https://www.spid.gov.it/SpidL3'), 3);
    assert.equal(levelOf(passwordAcr), undefined);
    assert.equal(levelOf(cnsAcr), undefined);
  });
});
