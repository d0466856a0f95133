import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  agencyMeant,
  checkAdministers,
  checkGrantable,
  checkNotOwnProfile,
  chosenCredentialFields,
  rolesRevoked,
} from '../src/admin/administration.rules.js';

const prato = '00000000-0000-0000-0000-00000000a001';
const firenze = '00000000-0000-0000-0000-00000000a002';
const admin = { subject: 'p-1', roles: ['amministratore-ente'], tenant: prato, profileId: 'pr-1' };
const gestore = { subject: 'p-9', roles: ['gestore-piattaforma'] };
const codeOf = (work: () => unknown) => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('administration rules', () => {
  test('when an agency administrator names another agency, then OTHER_AGENCY; the Gestore administers any', () => {
    assert.equal(
      codeOf(() => checkAdministers(admin, firenze)),
      'OTHER_AGENCY',
    );
    assert.equal(
      codeOf(() => checkAdministers(admin, prato)),
      undefined,
    );
    assert.equal(
      codeOf(() => checkAdministers(gestore, firenze)),
      undefined,
    );
    assert.equal(
      codeOf(() => checkAdministers({ ...admin, tenant: undefined }, prato)),
      'TENANT_REQUIRED',
    );
  });

  test('when no agency is named, then the administrator’s own is meant; without one, TENANT_REQUIRED', () => {
    assert.equal(agencyMeant(admin, undefined), prato);
    assert.equal(agencyMeant(admin, firenze), firenze);
    assert.equal(
      codeOf(() => agencyMeant(gestore, undefined)),
      'TENANT_REQUIRED',
    );
  });

  test('when an agency administrator grants a platform role, then ROLE_NOT_GRANTABLE names it; the Gestore may', () => {
    assert.equal(
      codeOf(() => checkGrantable(admin, ['gestore-piattaforma'])),
      'ROLE_NOT_GRANTABLE',
    );
    assert.equal(
      codeOf(() => checkGrantable(admin, ['punto-ordinante'])),
      undefined,
    );
    assert.equal(
      codeOf(() => checkGrantable(gestore, ['gestore-piattaforma'])),
      undefined,
    );
  });

  test('when an administrator disables the very profile they act with, then SELF_DISABLE; another of theirs passes', () => {
    assert.equal(
      codeOf(() => checkNotOwnProfile(admin, { id: 'pr-1', personId: 'p-1' })),
      'SELF_DISABLE',
    );
    assert.equal(
      codeOf(() => checkNotOwnProfile(admin, { id: 'pr-2', personId: 'p-1' })),
      undefined,
    );
  });

  test('when a body tries to choose a username or password, then those fields are named', () => {
    assert.deepEqual(chosenCredentialFields({ username: 'x', password: 'y', name: 'z' }), [
      'username',
      'password',
    ]);
    assert.deepEqual(chosenCredentialFields('text'), []);
  });

  test('when a role is taken away, then the change counts as a revocation; adding one does not', () => {
    assert.equal(rolesRevoked(['rup', 'punto-ordinante'], ['punto-ordinante']), true);
    assert.equal(rolesRevoked(['punto-ordinante'], ['punto-ordinante', 'rup']), false);
  });
});
