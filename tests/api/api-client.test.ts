import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { partnerClient } from '@app/api-client';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';

/** The partners' typed client (packages/api-client) against the platform as npm start runs it. */
describe('the partners’ API client: client-credentials login, typed calls, renewal', () => {
  let demo: DemoPlatform;
  let admin: Session;
  before(async () => {
    demo = await startDemoPlatform();
    admin = await passwordSession(demo.gateway, 'sara.colombo');
  });
  after(() => demo.stop());

  const registered = (scopes: string[]) =>
    admin.call(
      'POST',
      '/api/v1/api-clients',
      { name: `Gestionale ${randomUUID().slice(0, 8)}`, scopes },
      201,
    );

  test('when a partner system of Comune di Prato reads the event feed through the client, then it logs in by itself and reads it; a call outside its scopes is 403', async () => {
    const credentials = await registered(['events:read']);
    let logins = 0;
    const counting: typeof fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/api/v1/auth/token'))
        logins += 1;
      return fetch(input, init);
    };
    const api = partnerClient({
      baseUrl: demo.gateway,
      credentials: { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
      fetch: counting,
    });
    const feed = await api.GET('/api/v1/events', { params: { query: { after: 'now' } } });
    assert.equal(feed.response.status, 200);
    // Typed from the route's declared answer: items and the cursor, no cast.
    assert.deepEqual(feed.data?.items, []);
    assert.match(feed.data?.next ?? '', /^[A-Za-z0-9_-]{20,60}$/);
    const again = await api.GET('/api/v1/events', { params: { query: { limit: 5 } } });
    assert.equal(again.response.status, 200);
    assert.equal(logins, 1, 'the token is kept until shortly before it expires');
    const webhooks = await api.GET('/api/v1/webhooks');
    assert.equal(webhooks.response.status, 403, 'events:subscribe was not granted');
  });

  test('when the secret is wrong, then the call is refused with the platform’s problem and no request goes out with a token', async () => {
    const credentials = await registered(['events:read']);
    const api = partnerClient({
      baseUrl: demo.gateway,
      credentials: { clientId: credentials.clientId, clientSecret: `${credentials.clientSecret}x` },
    });
    await assert.rejects(api.GET('/api/v1/events'), (error: Error & { status?: number }) => {
      assert.equal(error.name, 'TokenRefused');
      assert.equal(error.status, 401);
      return true;
    });
  });
});
