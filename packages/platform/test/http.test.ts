import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { z } from 'zod';
import type { Express } from 'express';
import { createTokenVerifier } from '../src/auth/index.js';
import { AppError } from '../src/errors/index.js';
import { createHttpApp, defineRoute } from '../src/http/index.js';
import { startTestIssuer, tokenForgeries, type TestIssuer } from '../src/testing/index.js';
import { silentLogger } from './fixtures.js';

describe('service HTTP app', () => {
  let issuer: TestIssuer;
  let app: Express;
  let databaseUp = true;

  before(async () => {
    issuer = await startTestIssuer();
    const routes = [
      defineRoute({
        method: 'post',
        path: '/api/v1/things/:id/notes',
        operationId: 'approveThing',
        summary: 'Aggiunge una nota',
        roles: ['RUP', 'Buyer'],
        params: z.object({ id: z.uuid() }),
        query: z.object({ draft: z.enum(['true', 'false']).optional() }),
        body: z.object({
          text: z.string().min(3, 'il testo deve avere almeno 3 caratteri'),
          amountCents: z.number().int().positive(),
        }),
        responses: [
          {
            status: 201,
            description: 'Nota creata',
            schema: z.object({ id: z.string(), text: z.string() }),
          },
        ],
        handler: async ({ params, body, caller }) => ({
          id: params.id,
          text: body.text,
          tenant: caller?.tenant,
        }),
      }),
      defineRoute({
        method: 'post',
        path: '/api/v1/anac-call',
        operationId: 'confirmThing',
        summary: 'Operazione ANAC',
        roles: ['RUP'],
        strongAuth: true,
        responses: [{ status: 202, description: 'Accettata' }],
        handler: async () => ({ accepted: true }),
      }),
      defineRoute({
        method: 'get',
        path: '/api/v1/public',
        operationId: 'failThing',
        summary: 'Pubblico',
        public: true,
        responses: [{ status: 200, description: 'OK' }],
        handler: async () => {
          throw new AppError({
            code: 'NOT_READY_YET',
            status: 409,
            title: 'Non ancora',
            detail: 'Riprova.',
          });
        },
      }),
      defineRoute({
        method: 'get',
        path: '/api/v1/drifting',
        operationId: 'driftingThing',
        summary: 'Risponde fuori schema',
        public: true,
        responses: [
          {
            status: 200,
            description: 'OK',
            schema: z.object({ at: z.iso.datetime(), count: z.number() }),
          },
        ],
        handler: async ({ req }) =>
          req.query.drift === 'yes'
            ? { at: new Date(0), count: '3' }
            : { at: new Date(0), count: 3 },
      }),
    ];
    app = createHttpApp({
      service: 'things',
      logger: silentLogger,
      routes,
      bodyLimit: '2kb',
      verifyToken: createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
      readiness: {
        database: async () => {
          if (!databaseUp) throw new Error('database non raggiungibile');
        },
      },
    });
  });

  after(() => issuer.close());

  const token = (claims: Record<string, unknown> = {}) =>
    issuer.sign({
      sub: 'p1',
      tenant: 'ente-a',
      roles: ['RUP'],
      auth_method: 'spid',
      acr: 'https://www.spid.gov.it/SpidL2',
      ...claims,
    });
  const path = '/api/v1/things/6f1c1f0e-8a4b-4f3e-9a51-3d5b8b7f1d2a/notes';

  test('when the process runs, then /healthz is 200, and /readyz follows its dependencies', async () => {
    await request(app).get('/healthz').expect(200);
    await request(app).get('/readyz').expect(200);
    databaseUp = false;
    const response = await request(app).get('/readyz').expect(503);
    assert.equal(response.body.checks.database, 'database non raggiungibile');
    databaseUp = true;
  });

  test('when a caller asks /operations, then it hears exactly the operations its roles, login and scopes pass', async () => {
    const asked = async (claims?: Record<string, unknown>) =>
      (
        await request(app)
          .get('/operations')
          .set(claims ? { authorization: `Bearer ${await token(claims)}` } : {})
          .expect(200)
      ).body.operations.sort();
    const everyone = ['driftingThing', 'failThing'];
    assert.deepEqual(await asked(), everyone);
    assert.deepEqual(await asked({}), ['approveThing', 'confirmThing', ...everyone]);
    assert.deepEqual(await asked({ auth_method: 'password', acr: undefined }), [
      'approveThing',
      ...everyone,
    ]);
    assert.deepEqual(await asked({ roles: ['Buyer'] }), ['approveThing', ...everyone]);
    assert.deepEqual(await asked({ roles: ['Auditor'] }), everyone);
    await request(app)
      .get('/operations')
      .set('authorization', 'Bearer forged.token.here')
      .expect(401);
  });

  test('when a valid request arrives, then the handler answers with the declared status and the request id is echoed', async () => {
    const response = await request(app)
      .post(path)
      .set('authorization', `Bearer ${await token()}`)
      .set('x-request-id', 'abc12345-req')
      .send({ text: 'nota di prova', amountCents: 1200 })
      .expect(201);
    assert.deepEqual(response.body, {
      id: '6f1c1f0e-8a4b-4f3e-9a51-3d5b8b7f1d2a',
      text: 'nota di prova',
      tenant: 'ente-a',
    });
    assert.equal(response.headers['x-request-id'], 'abc12345-req');
  });

  test('when params, query and body are invalid, then a 400 problem lists every invalid field', async () => {
    const response = await request(app)
      .post('/api/v1/things/not-a-uuid/notes?draft=maybe')
      .set('authorization', `Bearer ${await token()}`)
      .send({ text: 'no', amountCents: -5 })
      .expect(400);
    assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(response.body.code, 'VALIDATION_FAILED');
    const fields = response.body.invalidFields
      .map((f: { location: string; path: string }) => `${f.location}:${f.path}`)
      .sort();
    assert.deepEqual(fields, ['body:amountCents', 'body:text', 'params:id', 'query:draft']);
    assert.match(response.body.detail, /almeno 3 caratteri/);
    assert.ok(response.body.correlationId);
  });

  test('when the body is malformed or too large, then 400 and 413 problems', async () => {
    const auth = `Bearer ${await token()}`;
    const malformed = await request(app)
      .post(path)
      .set('authorization', auth)
      .set('content-type', 'application/json')
      .send('{"text":')
      .expect(400);
    assert.equal(malformed.body.code, 'MALFORMED_JSON');
    const large = await request(app)
      .post(path)
      .set('authorization', auth)
      .send({ text: 'x'.repeat(5000), amountCents: 1 })
      .expect(413);
    assert.equal(large.body.code, 'PAYLOAD_TOO_LARGE');
  });

  test('when a handler throws an AppError, then it is rendered once as problem+json', async () => {
    const response = await request(app).get('/api/v1/public').expect(409);
    assert.equal(response.body.code, 'NOT_READY_YET');
    assert.equal(response.body.title, 'Non ancora');
  });

  test('when no token or a forged token is sent, then 401 for every forgery', async () => {
    await request(app).post(path).send({ text: 'abc', amountCents: 1 }).expect(401);
    const valid = await token();
    const forgeries = await tokenForgeries(valid, issuer.publicJwk, (claims, options) =>
      issuer.sign(claims, options),
    );
    for (const [name, forged] of Object.entries(forgeries)) {
      const response = await request(app)
        .post(path)
        .set('authorization', `Bearer ${forged}`)
        .send({ text: 'abc', amountCents: 1 });
      assert.equal(response.status, 401, `${name} must be refused`);
      assert.equal(response.body.code, 'UNAUTHORIZED', name);
    }
  });

  test('when the caller lacks the role, then 403; when an ANAC route is called with a password session, then 403 STRONG_AUTH_REQUIRED', async () => {
    const supplier = await token({ roles: ['Operatore economico'] });
    const denied = await request(app)
      .post(path)
      .set('authorization', `Bearer ${supplier}`)
      .send({ text: 'abc', amountCents: 1 })
      .expect(403);
    assert.equal(denied.body.code, 'ROLE_REQUIRED');
    const password = await token({ auth_method: 'password' });
    const weak = await request(app)
      .post('/api/v1/anac-call')
      .set('authorization', `Bearer ${password}`)
      .expect(403);
    assert.equal(weak.body.code, 'STRONG_AUTH_REQUIRED');
    assert.equal(
      weak.body.detail,
      'Per questa operazione è necessario accedere con SPID (livello 2 o 3), CIE o CNS.',
    );
    const levelOne = await token({ auth_method: 'spid', acr: 'https://www.spid.gov.it/SpidL1' });
    assert.equal(
      (
        await request(app)
          .post('/api/v1/anac-call')
          .set('authorization', `Bearer ${levelOne}`)
          .expect(403)
      ).body.code,
      'STRONG_AUTH_REQUIRED',
    );
    await request(app)
      .post('/api/v1/anac-call')
      .set('authorization', `Bearer ${await token({ auth_method: 'cie' })}`)
      .expect(202);
  });

  test('when a handler answers outside the schema its route publishes, then (outside production) it is a 500, not a surprise for partners', async () => {
    const kept = await request(app).get('/api/v1/drifting');
    assert.equal(kept.status, 200);
    assert.deepEqual(kept.body, { at: '1970-01-01T00:00:00.000Z', count: 3 });
    const drifted = await request(app).get('/api/v1/drifting?drift=yes');
    assert.equal(drifted.status, 500);
    assert.equal(drifted.body.code, 'INTERNAL_ERROR');
  });

  test('when /openapi.json is read, then it is OpenAPI 3.1 built from the same schemas', async () => {
    const { body } = await request(app).get('/openapi.json').expect(200);
    assert.equal(body.openapi, '3.1.0');
    const operation = body.paths['/api/v1/things/{id}/notes'].post;
    assert.deepEqual(
      operation.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`),
      ['path:id', 'query:draft'],
    );
    const schema = operation.requestBody.content['application/json'].schema;
    assert.deepEqual(schema.required.sort(), ['amountCents', 'text']);
    assert.equal(schema.properties.text.minLength, 3);
    assert.ok(operation.responses['201'].content['application/json'].schema.properties.id);
    assert.deepEqual(body.paths['/api/v1/public'].get.security, []);
  });
});

test('when the identity service cannot hand out its keys, then a token is answered 503 (try again), not 401 (log in again)', async () => {
  const issuer = await startTestIssuer();
  const token = await issuer.sign({ sub: 'someone', tenant: 'ente', roles: ['buyer'] });
  // Nothing listens there: the keys cannot be fetched.
  const verify = createTokenVerifier({
    jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json',
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  await assert.rejects(
    verify(token),
    (error: { status?: number; code?: string }) =>
      error.status === 503 && error.code === 'SERVICE_UNAVAILABLE',
  );
  // A forged token with the keys at hand is still refused as such.
  const reachable = createTokenVerifier({
    jwksUrl: issuer.jwksUrl,
    issuer: issuer.issuer,
    audience: issuer.audience,
  });
  await assert.rejects(
    reachable(`${token.slice(0, -4)}AAAA`),
    (error: { status?: number }) => error.status === 401,
  );
  await issuer.close();
});
