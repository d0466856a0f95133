import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeProtectedHeader } from 'jose';
import { createTokenVerifier } from '@app/platform/auth';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import { testDatabaseUrl, uniqueName } from '@app/platform/testing';
import { pino } from 'pino';
import { definition } from '../src/service.js';
import { loadServiceConfig } from '../src/config.js';
import { rotateKey, signAccessToken } from '../src/keys/keys.service.js';
import { defined } from '@app/platform/errors';

describe('identity signing keys and JWKS', () => {
  let service: RunningService;
  const issuer = 'http://localhost:8080';
  const audience = 'negozio-elettronico';

  before(async () => {
    const config = loadServiceConfig({
      DATABASE_URL: testDatabaseUrl(),
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    service = await startService(
      { ...definition, schema: uniqueName('identity') },
      { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
    );
  });

  after(async () => {
    await service.deps.dataSource.query(
      `DROP SCHEMA "${schemaOf(service.deps.dataSource)}" CASCADE`,
    );
    await service.stop();
  });

  const verifier = () =>
    createTokenVerifier({ jwksUrl: `${service.url}/.well-known/jwks.json`, issuer, audience });

  test('when a token is signed, then it verifies against the published JWKS with its claims', async () => {
    const token = await signAccessToken(
      service.deps.dataSource,
      undefined,
      { sub: 'person-1', tenant: 'ente-a', roles: ['RUP'], auth_method: 'spid' },
      issuer,
      audience,
    );
    const caller = await verifier()(token);
    assert.equal(caller.subject, 'person-1');
    assert.equal(caller.tenant, 'ente-a');
    assert.equal(caller.authMethod, 'spid');
    const jwks = (await (await fetch(`${service.url}/.well-known/jwks.json`)).json()) as {
      keys: Record<string, unknown>[];
    };
    assert.equal(jwks.keys.length, 1);
    assert.equal(defined(jwks.keys[0]).d, undefined, 'no private part is published');
  });

  test('when the key is rotated, then new tokens use the new kid and tokens signed before still verify', async () => {
    const before = await signAccessToken(
      service.deps.dataSource,
      undefined,
      { sub: 'person-2' },
      issuer,
      audience,
    );
    const newKid = await rotateKey(service.deps.dataSource, undefined, 0);
    const afterRotation = await signAccessToken(
      service.deps.dataSource,
      undefined,
      { sub: 'person-2' },
      issuer,
      audience,
    );
    assert.equal(decodeProtectedHeader(afterRotation).kid, newKid);
    assert.notEqual(decodeProtectedHeader(before).kid, newKid);
    const verify = verifier();
    assert.equal((await verify(before)).subject, 'person-2');
    assert.equal((await verify(afterRotation)).subject, 'person-2');
    const jwks = (await (await fetch(`${service.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    assert.deepEqual(
      jwks.keys.map((k) => k.kid).sort(),
      [decodeProtectedHeader(before).kid, newKid].sort(),
    );
  });

  test('when a rotation is announced, then the next key is published at once but signs only after the lead time', async () => {
    const current = decodeProtectedHeader(
      await signAccessToken(service.deps.dataSource, undefined, { sub: 'p' }, issuer, audience),
    ).kid;
    const next = await rotateKey(service.deps.dataSource, undefined, 90);
    // A verifier refreshes its cached JWKS within the lead time (the set's max-age is shorter)...
    const verify = verifier();
    await verify(
      await signAccessToken(service.deps.dataSource, undefined, { sub: 'p' }, issuer, audience),
    );
    const jwks = (await (await fetch(`${service.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    assert.ok(
      jwks.keys.some((k) => k.kid === next),
      'published before use',
    );
    assert.equal(
      decodeProtectedHeader(
        await signAccessToken(service.deps.dataSource, undefined, { sub: 'p' }, issuer, audience),
      ).kid,
      current,
    );
    // The lead time passes: the next key signs, and the current one stays published for its tokens.
    await service.deps.dataSource.query(
      "UPDATE signing_keys SET activates_at = now() - interval '1 second' WHERE kid = $1",
      [next],
    );
    await service.deps.dataSource.query(
      "UPDATE signing_keys SET retired_at = now() - interval '1 second' WHERE kid = $1",
      [current],
    );
    const signed = await signAccessToken(
      service.deps.dataSource,
      undefined,
      { sub: 'p' },
      issuer,
      audience,
    );
    assert.equal(decodeProtectedHeader(signed).kid, next);
    // ...so when the switch comes, it accepts the new key's tokens without fetching again.
    assert.equal(
      (await verify(signed)).subject,
      'p',
      'a verifier that cached the JWKS before the switch accepts it',
    );
  });

  test('when a retired key has outlived its tokens, then it leaves the JWKS and its tokens are refused', async () => {
    const old = await signAccessToken(
      service.deps.dataSource,
      undefined,
      { sub: 'person-3' },
      issuer,
      audience,
    );
    await rotateKey(service.deps.dataSource, undefined, 0);
    await service.deps.dataSource.query(
      "UPDATE signing_keys SET published_until = now() - interval '1 second' WHERE retired_at IS NOT NULL",
    );
    await assert.rejects(
      verifier()(old),
      (error: { code?: string }) => error.code === 'UNAUTHORIZED',
    );
  });

  test('when a key secret is configured, then the private key is stored encrypted and signs only with the secret', async () => {
    const secret = 'a-signing-key-secret-of-at-least-32-characters';
    const kid = await rotateKey(service.deps.dataSource, secret, 0);
    const [row] = await service.deps.dataSource.query(
      'SELECT private_jwk FROM signing_keys WHERE kid = $1',
      [kid],
    );
    assert.equal(row.private_jwk.d, undefined, 'no private part in clear');
    assert.match(row.private_jwk.sealed, /^[A-Za-z0-9+/]+=*$/);
    const token = await signAccessToken(
      service.deps.dataSource,
      secret,
      { sub: 'person-4' },
      issuer,
      audience,
    );
    assert.equal(decodeProtectedHeader(token).kid, kid);
    assert.equal((await verifier()(token)).subject, 'person-4');
    await assert.rejects(
      signAccessToken(service.deps.dataSource, undefined, { sub: 'person-4' }, issuer, audience),
      /SIGNING_KEY_SECRET/,
    );
    await assert.rejects(
      signAccessToken(
        service.deps.dataSource,
        'another-secret-of-at-least-32-characters!!',
        { sub: 'person-4' },
        issuer,
        audience,
      ),
    );
  });
});
