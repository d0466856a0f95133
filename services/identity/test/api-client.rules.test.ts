import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clientCredentials,
  grantedScopes,
  invalidClient,
} from '../src/clients/api-client.rules.js';

describe('API client rules (OAuth2 client credentials)', () => {
  test('when the client authenticates with HTTP Basic, then its parts are form-decoded (RFC 6749 §2.3.1), a colon in the secret included', () => {
    const basic = `Basic ${Buffer.from('sistema%20uno:se:cr%2Bet').toString('base64')}`;
    assert.deepEqual(clientCredentials(basic, { client_id: 'ignored' }), {
      clientId: 'sistema uno',
      secret: 'se:cr+et',
    });
  });

  test('when there is no Basic header, then the body’s client_id and client_secret are used', () => {
    assert.deepEqual(clientCredentials(undefined, { client_id: 'c', client_secret: 's' }), {
      clientId: 'c',
      secret: 's',
    });
    assert.deepEqual(clientCredentials('Bearer x', {}), { clientId: '', secret: '' });
  });

  test('when no scope is asked, then every granted one is given; a scope not granted is invalid_scope', () => {
    assert.deepEqual(grantedScopes(undefined, ['events:read', 'events:subscribe']), [
      'events:read',
      'events:subscribe',
    ]);
    assert.deepEqual(grantedScopes('events:read', ['events:read', 'events:subscribe']), [
      'events:read',
    ]);
    assert.throws(
      () => grantedScopes('events:read orders:write', ['events:read']),
      (error: { code: string; status: number; extensions: Record<string, unknown> }) =>
        error.code === 'INVALID_SCOPE' &&
        error.status === 400 &&
        error.extensions.error === 'invalid_scope',
    );
  });

  test('when a client is refused, then the answer is the OAuth2 invalid_client, 401', () => {
    const refused = invalidClient();
    assert.equal(refused.status, 401);
    assert.equal(refused.extensions.error, 'invalid_client');
  });
});
