import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Express } from 'express';
import { pino } from 'pino';
import { createTokenVerifier } from '@app/platform/auth';
import { startTestIssuer, type TestIssuer } from '@app/platform/testing';
import {
  createGatewayApp,
  loadGatewayConfig,
  serviceNames,
  serviceUrlVariable,
} from '../src/index.js';
import { defined } from '@app/platform/errors';

/** Stands in for a service: answers what it received, so the test sees what the gateway forwarded. */
function echoService(name: string, ready = true): Promise<Server> {
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/readyz') res.statusCode = ready ? 200 : 503;
    if (req.url === '/openapi.json') {
      return res.end(
        JSON.stringify({
          openapi: '3.1.0',
          paths: { [`/api/v1/${name}-things`]: { get: { summary: `cosa di ${name}` } } },
          components: { schemas: { [`${name}Thing`]: { type: 'object' } } },
        }),
      );
    }
    res.end(
      JSON.stringify({
        service: name,
        path: req.url,
        headers: req.headers,
        checks: { database: ready ? 'ok' : 'giù' },
      }),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

describe('gateway', () => {
  let issuer: TestIssuer;
  const upstream = new Map<(typeof serviceNames)[number], Server>();
  let portal: Server;
  let app: Express;

  before(async () => {
    issuer = await startTestIssuer();
    for (const name of serviceNames)
      upstream.set(name, await echoService(name, name !== 'pec-admin'));
    portal = await echoService('web', true);
    const env: Record<string, string> = {
      RATE_LIMIT_PER_MINUTE: '40',
      WEB_URL: `http://127.0.0.1:${portOf(portal)}`,
      PORTAL_FORWARD_SECRET: 'segreto-condiviso-del-portale-di-prova-1234',
    };
    for (const [name, server] of upstream)
      env[serviceUrlVariable(name)] = `http://127.0.0.1:${portOf(server)}`;
    const config = loadGatewayConfig(env);
    app = createGatewayApp(
      config,
      pino({ level: 'silent' }),
      createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
    );
  });

  after(async () => {
    for (const server of upstream.values()) server.close();
    portal.close();
    await issuer.close();
  });

  test('when a path is requested, then the owning service receives it unchanged', async () => {
    const cases: [string, string][] = [
      ['/api/v1/contracts/42/adhesions?state=inviata', 'adhesion'],
      ['/api/v1/contracts/42', 'catalog'],
      ['/api/v1/notices', 'catalog'],
      ['/api/v1/adhesions/7/submit', 'adhesion'],
      ['/api/v1/auth/spid/login?idp=x', 'identity'],
      ['/.well-known/jwks.json', 'identity'],
      ['/api/v1/cig-requests/1/schede', 'anac-gateway'],
      ['/api/v1/orders/5', 'ordering'],
      ['/api/v1/mailboxes', 'pec-admin'],
      ['/api/v1/notifications', 'notify'],
      ['/api/v1/notification-templates', 'notify'],
      ['/api/v1/contracts/abc/communications', 'notify'],
      ['/api/v1/webhooks/abc/deliveries', 'notify'],
      ['/api/v1/events', 'notify'],
      ['/api/v1/orders/abc/events', 'ordering'],
    ];
    for (const [path, service] of cases) {
      const { body } = await request(app).get(path).expect(200);
      assert.equal(body.service, service, path);
      assert.equal(body.path, path);
    }
    const missing = await request(app).get('/api/v1/nothing-here').expect(404);
    assert.equal(missing.body.code, 'ROUTE_NOT_FOUND');
  });

  test('when a client sends identity headers, then they never reach a service, and a request id does', async () => {
    const { body } = await request(app)
      .get('/api/v1/orders/5')
      .set('x-user-id', 'admin')
      .set('x-tenant-id', 'ente-b')
      .set('x-roles', 'Gestore')
      .set('x-client-cert', 'forged')
      .set('x-forwarded-client-cert', 'forged')
      .expect(200);
    for (const header of [
      'x-user-id',
      'x-tenant-id',
      'x-roles',
      'x-client-cert',
      'x-forwarded-client-cert',
    ])
      assert.equal(body.headers[header], undefined, header);
    assert.match(body.headers['x-request-id'], /^[0-9a-f-]{36}$/);
  });

  test('when a forged or expired token is sent, then the gateway answers 401 and the service never sees it', async () => {
    const valid = await issuer.sign({ sub: 'p1', tenant: 'ente-a', roles: ['Buyer'] });
    const forged = `${valid.split('.').slice(0, 2).join('.')}.${'A'.repeat(86)}`;
    const expired = await issuer.sign({ sub: 'p1' }, { expiresIn: '-10m' });
    for (const token of [forged, expired, 'garbage']) {
      const response = await request(app)
        .get('/api/v1/orders/5')
        .set('authorization', `Bearer ${token}`)
        .expect(401);
      assert.equal(response.body.code, 'UNAUTHORIZED');
      assert.equal(response.body.service, undefined);
    }
    const passed = await request(app)
      .get('/api/v1/orders/5')
      .set('authorization', `Bearer ${valid}`)
      .expect(200);
    assert.equal(
      passed.body.headers.authorization,
      `Bearer ${valid}`,
      'services verify the token again themselves',
    );
  });

  test('when a service is not ready, then /readyz is 503 and says which one', async () => {
    const { body } = await request(app).get('/readyz').expect(503);
    assert.equal(body.services.gateway.status, 'ready');
    assert.equal(body.services['pec-admin'].status, 'not-ready');
    assert.equal(body.services.catalog.status, 'ready');
    assert.deepEqual(Object.keys(body.services).sort(), ['gateway', 'web', ...serviceNames].sort());
  });

  test('when a page is asked for, then the portal answers it; an unknown API path stays a JSON 404', async () => {
    for (const path of ['/', '/contratti?q=cloud', '/static/portal.css', '/ordini/42']) {
      const { body } = await request(app).get(path).expect(200);
      assert.equal(body.service, 'web', path);
      assert.equal(body.path, path);
    }
    const missing = await request(app).get('/api/v1/sconosciuto').expect(404);
    assert.match(missing.headers['content-type'] ?? '', /problem\+json/);
  });

  test("when the portal names the person's address with the shared secret, then services see that address; without it, the header is dropped", async () => {
    const trusted = await request(app)
      .get('/api/v1/notices')
      .set('x-portal-secret', 'segreto-condiviso-del-portale-di-prova-1234')
      .set('x-portal-client', '203.0.113.7');
    assert.equal(trusted.body.headers['x-forwarded-for'], '203.0.113.7');
    assert.equal(trusted.body.headers['x-portal-secret'], undefined);
    for (const secret of [undefined, 'un-altro-segreto-lungo-abbastanza-per-sembrare-vero']) {
      const forged = request(app).get('/api/v1/notices').set('x-portal-client', '203.0.113.7');
      const { body } = await (secret ? forged.set('x-portal-secret', secret) : forged);
      assert.notEqual(body.headers['x-forwarded-for'], '203.0.113.7');
      assert.equal(body.headers['x-portal-client'], undefined);
    }
  });

  test('when the merged OpenAPI is read, then every service contributes its paths, and /docs shows them', async () => {
    const { body } = await request(app).get('/api/v1/openapi.json').expect(200);
    assert.equal(body.openapi, '3.1.0');
    for (const name of serviceNames)
      assert.deepEqual(body.paths[`/api/v1/${name}-things`].get.tags, [name]);
    const docs = await request(app).get('/docs/').expect(200);
    assert.match(docs.text, /swagger-ui/);
  });

  test('when a service is down, then 502 with a problem', async () => {
    defined(upstream.get('notify')).close();
    defined(upstream.get('notify')).closeAllConnections();
    const response = await request(app).get('/api/v1/notifications').expect(502);
    assert.equal(response.body.code, 'SERVICE_UNAVAILABLE');
  });

  test('when a client exceeds the rate limit, then 429 with Retry-After and a problem', async () => {
    let last;
    for (let i = 0; i < 45; i++) last = await request(app).get('/api/v1/notices');
    assert.equal(defined(last).status, 429);
    assert.equal(defined(last).body.code, 'RATE_LIMITED');
    assert.ok(Number(defined(last).headers['retry-after']) > 0);
  });
});

describe('gateway limits: a person and a partner system each as themselves, an office behind one address together', () => {
  let issuer: TestIssuer;
  let service: Server;
  let app: Express;

  before(async () => {
    issuer = await startTestIssuer();
    service = await echoService('catalog');
    const env: Record<string, string> = {
      RATE_LIMIT_PER_MINUTE: '20',
      RATE_LIMIT_PER_PERSON_PER_MINUTE: '30',
      RATE_LIMIT_PER_CLIENT_PER_MINUTE: '50',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '120',
      PORTAL_FORWARD_SECRET: 'segreto-condiviso-del-portale-di-prova-1234',
    };
    for (const name of serviceNames)
      env[serviceUrlVariable(name)] = `http://127.0.0.1:${portOf(service)}`;
    app = createGatewayApp(
      loadGatewayConfig(env),
      pino({ level: 'silent' }),
      createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
    );
  });

  after(async () => {
    service.close();
    await issuer.close();
  });

  const statuses = async (count: number, token?: string) => {
    const seen: number[] = [];
    for (let i = 0; i < count; i++) {
      const call = request(app).get('/api/v1/notices');
      seen.push((await (token ? call.set('authorization', `Bearer ${token}`) : call)).status);
    }
    return seen;
  };

  test('when one person goes past their limit, then they get 429 and a colleague at the same address does not; a partner system has its own', async () => {
    const luca = await issuer.sign({ sub: 'persona-luca', tenant: 'ente-a', roles: ['Buyer'] });
    const sara = await issuer.sign({ sub: 'persona-sara', tenant: 'ente-a', roles: ['Buyer'] });
    const partner = await issuer.sign({
      sub: 'client-protocollo',
      client_id: 'client-protocollo',
      tenant: 'ente-a',
      roles: [],
      scope: 'events:read',
    });
    const lucas = await statuses(31, luca);
    assert.deepEqual([lucas.slice(0, 30).every((s) => s === 200), lucas[30]], [true, 429]);
    assert.deepEqual(
      await statuses(3, sara),
      [200, 200, 200],
      'the colleague behind the same address',
    );
    const partners = await statuses(45, partner);
    assert.ok(
      partners.every((s) => s === 200),
      'the partner system counts on its own, above a person',
    );
    const anonymous = await statuses(21);
    assert.deepEqual(
      [anonymous.slice(0, 20).every((s) => s === 200), anonymous[20]],
      [true, 429],
      'no token: counted by address',
    );
  });

  test('when everyone behind one address together floods the gateway, then the address limit stops them all', async () => {
    const seen: number[] = [];
    for (let person = 0; person < 4; person++)
      seen.push(
        ...(await statuses(
          25,
          await issuer.sign({ sub: `persona-${person}`, tenant: 'ente-a', roles: ['Buyer'] }),
        )),
      );
    assert.ok(
      seen.includes(429),
      'the address limit (120 a minute) is reached by four people at 25 each after the first test',
    );
    const problem = await request(app)
      .get('/api/v1/notices')
      .set(
        'authorization',
        `Bearer ${await issuer.sign({ sub: 'persona-nuova', tenant: 'ente-a', roles: [] })}`,
      );
    assert.equal(problem.status, 429);
    assert.equal(problem.body.code, 'RATE_LIMITED');
  });
});

/** A service that answers after a while: requests pile up in flight at the gateway. */
function slowService(ms: number): Promise<Server> {
  const server = createServer((_req, res) => {
    setTimeout(() => res.end('{}'), ms);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('gateway limits by agency: one agency cannot take the others’ share', () => {
  let issuer: TestIssuer;
  let service: Server;
  let app: Express;

  before(async () => {
    issuer = await startTestIssuer();
    service = await slowService(300);
    const env: Record<string, string> = {
      RATE_LIMIT_PER_PERSON_PER_MINUTE: '1000',
      RATE_LIMIT_PER_AGENCY_PER_MINUTE: '60',
      AGENCY_CONCURRENCY: '4',
      PORTAL_FORWARD_SECRET: 'segreto-condiviso-del-portale-di-prova-1234',
    };
    for (const name of serviceNames)
      env[serviceUrlVariable(name)] = `http://127.0.0.1:${portOf(service)}`;
    app = createGatewayApp(
      loadGatewayConfig(env),
      pino({ level: 'silent' }),
      createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
    );
  });

  after(async () => {
    service.close();
    await issuer.close();
  });

  const person = (sub: string, tenant: string) => issuer.sign({ sub, tenant, roles: ['Buyer'] });
  const call = (token: string) =>
    request(app).get('/api/v1/notices').set('authorization', `Bearer ${token}`);

  test('when one agency has more requests in flight than its share, then the next gets 429 with Retry-After at once, and another agency is served', async () => {
    const busy = await Promise.all(['a1', 'a2', 'a3'].map((sub) => person(sub, 'ente-busy')));
    const calm = await person('c1', 'ente-calm');
    const burst = await Promise.all(
      Array.from({ length: 6 }, (_, index) => call(defined(busy[index % busy.length]))),
    );
    const [other] = await Promise.all([call(calm)]);
    const refused = burst.filter((answer) => answer.status === 429);
    assert.equal(burst.filter((answer) => answer.status === 200).length, 4);
    assert.equal(refused.length, 2);
    assert.equal(refused[0]?.headers['retry-after'], '1');
    assert.equal(refused[0]?.body.code, 'RATE_LIMITED');
    assert.equal(other.status, 200, 'another agency is served');
  });

  test('when one agency goes past its requests a minute, all its people together, then 429 for all of them and not for another agency', async () => {
    const people = await Promise.all(['b1', 'b2', 'b3'].map((sub) => person(sub, 'ente-rush')));
    const seen: number[] = [];
    for (let round = 0; round < 7; round++)
      seen.push(
        ...(await Promise.all(people.map((token) => call(token)))).map((answer) => answer.status),
      );
    assert.deepEqual(
      [seen.slice(0, 12).every((status) => status === 200), seen.slice(-3)],
      [true, [200, 200, 200]],
      'under the limit: 21 requests',
    );
    const more: number[] = [];
    for (let round = 0; round < 14; round++)
      more.push(
        ...(await Promise.all(people.map((token) => call(token)))).map((answer) => answer.status),
      );
    assert.ok(more.includes(429), 'past 60 a minute, the agency is refused');
    assert.equal((await call(await person('d1', 'ente-altro'))).status, 200);
  });
});
