import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { createPcpSimulator } from '../src/index.js';

const purposes = {
  ComunicaAppalto: 'p-appalto',
  ComunicaPostPubblicazione: 'p-schede',
  ServiziComuni: 'p-servizi',
};
const audience = 'pdnd-prova/client-assertion';

describe('PCP simulator: PDND client assertions and GovWay tracking evidence, claim by claim', () => {
  let server: Server;
  let url: string;
  let key: CryptoKey;
  let strangerKey: CryptoKey;

  before(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const simulator = await createPcpSimulator({
      baseUrl: url,
      assertionAudience: audience,
      purposes,
      frameworkCigs: ['7154112FF8'],
      clients: [
        {
          clientId: 'client-1',
          kid: 'kid-1',
          publicKeyPem: await exportSPKI(pair.publicKey),
          purposeIds: ['p-appalto', 'p-servizi'],
        },
      ],
    });
    server.on('request', simulator.app);
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const assertion = (
    change: {
      claims?: Record<string, unknown>;
      header?: Record<string, unknown>;
      aud?: string;
      jti?: string;
      signWith?: CryptoKey;
    } = {},
  ) =>
    new SignJWT({ purposeId: 'p-appalto', ...change.claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'kid-1', typ: 'JWT', ...change.header })
      .setIssuer('client-1')
      .setSubject('client-1')
      .setAudience(change.aud ?? audience)
      .setJti(change.jti ?? randomUUID())
      .setIssuedAt()
      .setExpirationTime('2m')
      .sign(change.signWith ?? key);
  const token = async (clientAssertion: string) =>
    fetch(`${url}/token.oauth2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: 'client-1',
        client_assertion: clientAssertion,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        grant_type: 'client_credentials',
      }),
    });
  const claims = () => ({
    userCodiceFiscale: 'CLMSRA90P55D612W',
    userRole: 'RP',
    userLoa: '3',
    userIdpType: 'SPID',
    SAcodiceAUSA: '0000246813',
    SACodiceFiscale: '84006890481',
    regCodicePiattaforma: '0000001',
    regCodiceComponente: '0000001',
    businessFlowID: '00000000-0000-0000-0000-000000000000',
    traceID: randomUUID(),
    spanID: randomUUID(),
  });
  const tracking = (
    change: { drop?: string; iat?: number; aud?: string; jti?: string; signWith?: CryptoKey } = {},
  ) => {
    const payload: Record<string, unknown> = claims();
    if (change.drop) delete payload[change.drop];
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: 'kid-1', typ: 'JWT' })
      .setAudience(change.aud ?? `${url}/modi/rest/ServiziComuni/v1`)
      .setJti(change.jti ?? randomUUID())
      .setIssuedAt(change.iat ?? Math.floor(Date.now() / 1000))
      .setNotBefore(change.iat ?? Math.floor(Date.now() / 1000))
      .setExpirationTime('5m')
      .sign(change.signWith ?? key);
  };
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  /** A voucher bound (PDND's digest) to one tracking JWS, or to none. */
  const voucher = async (purposeId = 'p-servizi', boundTo?: string) =>
    (
      await (
        await token(
          await assertion({
            claims: {
              purposeId,
              ...(boundTo ? { digest: { alg: 'SHA256', value: sha256(boundTo) } } : {}),
            },
          }),
        )
      ).json()
    ).access_token as string;
  const callWith = async (evidence: string | undefined, purposeId = 'p-servizi') =>
    callPcp(await voucher(purposeId, evidence), evidence);
  const callPcp = async (voucherToken: string, evidence?: string) =>
    fetch(
      `${url}/modi/rest/ServiziComuni/v1/esito-operazione?idAppalto=${randomUUID()}&tipoOperazione=AP_CONF&tipoRicerca=ULTIMO_ESITO`,
      {
        headers: {
          authorization: `Bearer ${voucherToken}`,
          ...(evidence ? { 'agid-jwt-trackingevidence': evidence } : {}),
        },
      },
    );

  test('when a client assertion breaks a PDND rule (nbf present, wrong aud, unknown kid, foreign key, purpose not granted, jti reused), then no voucher', async () => {
    assert.equal((await token(await assertion())).status, 200);
    const reused = randomUUID();
    assert.equal((await token(await assertion({ jti: reused }))).status, 200);
    for (const [label, made] of [
      ['nbf', assertion({ claims: { nbf: Math.floor(Date.now() / 1000) } })],
      ['aud', assertion({ aud: `https://${audience}` })],
      ['kid', assertion({ header: { kid: 'altro' } })],
      ['key', assertion({ signWith: strangerKey })],
      ['purpose', assertion({ claims: { purposeId: 'p-schede' } })],
      ['jti', assertion({ jti: reused })],
    ] as const) {
      const answer = await token(await made);
      assert.equal(answer.status, 400, label);
      assert.equal((await answer.json()).error, 'invalid_client', label);
    }
  });

  test('when the tracking evidence is missing, lacks a claim, is older than 10 s, reuses a jti, names another e-service or is signed by another key, then 400 InteroperabilityInvalidRequest', async () => {
    assert.equal(
      (await callWith(await tracking())).status,
      404,
      'a valid call reaches the PCP (which does not know this appalto)',
    );
    const refusal = async (evidence: string | undefined, pattern: RegExp) => {
      const answer = await callWith(evidence);
      assert.equal(answer.status, 400);
      const problem = await answer.json();
      assert.equal(problem.title, 'InteroperabilityInvalidRequest');
      assert.match(problem.detail, pattern);
    };
    await refusal(undefined, /Agid-JWT-TrackingEvidence assente/);
    for (const claim of [
      'userCodiceFiscale',
      'userRole',
      'userLoa',
      'userIdpType',
      'SAcodiceAUSA',
      'regCodicePiattaforma',
      'regCodiceComponente',
      'businessFlowID',
      'traceID',
      'spanID',
    ]) {
      await refusal(await tracking({ drop: claim }), new RegExp(claim));
    }
    await refusal(
      await tracking({ iat: Math.floor(Date.now() / 1000) - 11 }),
      /GOVWAY-661 Token creato da troppo tempo/,
    );
    const jti = randomUUID();
    assert.equal((await callWith(await tracking({ jti }))).status, 404);
    await refusal(await tracking({ jti }), /già utilizzato/);
    await refusal(await tracking({ aud: `${url}/modi/rest/ComunicaAppalto/v1` }), /non valido/);
    await refusal(await tracking({ signWith: strangerKey }), /non valido/);
  });

  test('when the voucher is missing, was issued for another purpose, is bound to no tracking JWS or to another one, then 403', async () => {
    const evidence = await tracking();
    assert.equal((await callPcp('', evidence)).status, 403);
    assert.equal((await callPcp(await voucher('p-appalto', evidence), evidence)).status, 403);
    const unbound = await callPcp(await voucher('p-servizi'), await tracking());
    assert.equal(unbound.status, 403);
    assert.match((await unbound.json()).detail, /digest assente/);
    const other = await callPcp(await voucher('p-servizi', await tracking()), await tracking());
    assert.equal(other.status, 403);
    assert.match((await other.json()).detail, /digest del voucher non corrisponde/);
  });

  test('when a claim has a value jws.yaml does not allow, then 400 naming it', async () => {
    const wrongRole = await new SignJWT({ ...claims(), userRole: 'ADMIN' })
      .setProtectedHeader({ alg: 'RS256', kid: 'kid-1', typ: 'JWT' })
      .setAudience(`${url}/modi/rest/ServiziComuni/v1`)
      .setJti(randomUUID())
      .setIssuedAt()
      .setNotBefore(Math.floor(Date.now() / 1000))
      .setExpirationTime('5m')
      .sign(key);
    const answer = await callWith(wrongRole);
    assert.equal(answer.status, 400);
    assert.match((await answer.json()).detail, /userRole/);
  });
});
