import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMetadataPolicy, PolicyViolation } from './metadata-policy.js';

describe('metadata policy', () => {
  const rp = {
    token_endpoint_auth_method: 'private_key_jwt',
    grant_types: ['authorization_code', 'refresh_token', 'implicit'],
    redirect_uris: ['https://rp/cb'],
  };

  test('subset_of keeps only what the superior allows, value and default set claims, add appends', () => {
    const applied = applyMetadataPolicy(rp, {
      grant_types: { subset_of: ['authorization_code', 'refresh_token'] },
      client_registration_types: { default: ['automatic'] },
      contacts: { add: ['federazione@example.it'] },
      application_type: { value: 'web' },
    });
    assert.deepEqual(applied.grant_types, ['authorization_code', 'refresh_token']);
    assert.deepEqual(applied.client_registration_types, ['automatic']);
    assert.deepEqual(applied.contacts, ['federazione@example.it']);
    assert.equal(applied.application_type, 'web');
  });

  test('one_of, superset_of and essential refuse metadata that breaks them', () => {
    assert.throws(
      () =>
        applyMetadataPolicy(
          { ...rp, token_endpoint_auth_method: 'client_secret_basic' },
          { token_endpoint_auth_method: { one_of: ['private_key_jwt'] } },
        ),
      (error: unknown) =>
        error instanceof PolicyViolation &&
        error.operator === 'one_of' &&
        error.claim === 'token_endpoint_auth_method',
    );
    assert.throws(
      () => applyMetadataPolicy(rp, { grant_types: { superset_of: ['client_credentials'] } }),
      PolicyViolation,
    );
    assert.throws(() => applyMetadataPolicy(rp, { jwks: { essential: true } }), PolicyViolation);
  });
});
