import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { signForwardedCertificate, verifiedForwardedCertificate } from '@app/platform/auth';
import {
  createTestAuthority,
  startTestIssuer,
  type IssuedCertificate,
  type TestAuthority,
  type TestIssuer,
} from '@app/platform/testing';
import { createTokenVerifier } from '@app/platform/auth';
import { createCnsTlsServer, createGatewayApp, loadGatewayConfig } from '../src/index.js';
import { defined } from '@app/platform/errors';

const secret = 'cns-forward-secret-shared-by-gateway-and-identity';

/** Calls the gateway's HTTPS listener, optionally presenting a card certificate. */
function httpsGet(
  port: number,
  path: string,
  ca: string,
  card?: IssuedCertificate,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { headers: Record<string, string> } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: 'localhost',
        port,
        path,
        ca,
        headers,
        ...(card ? { cert: card.certificatePem, key: card.privateKeyPem } : {}),
      },
      (res) => {
        let data = '';
        res.on('data', (chunk) => (data += chunk));
        res.on('end', () => resolve({ status: defined(res.statusCode), body: JSON.parse(data) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('gateway HTTPS listener for CNS', () => {
  let identity: Server;
  let tls: ReturnType<typeof createCnsTlsServer>;
  let issuer: TestIssuer;
  let cnsCa: TestAuthority;
  let serverCa: TestAuthority;
  let port: number;

  before(async () => {
    issuer = await startTestIssuer();
    identity = createServer((req, res) => res.end(JSON.stringify({ headers: req.headers })));
    await new Promise<void>((resolve) => identity.listen(0, '127.0.0.1', resolve));
    cnsCa = await createTestAuthority('CN=CA CNS di prova, C=IT');
    serverCa = await createTestAuthority('CN=CA server di prova, C=IT');
    const serverCertificate = await serverCa.issue({
      subject: 'CN=localhost',
      dnsNames: ['localhost'],
      serverAuth: true,
    });
    const config = loadGatewayConfig({
      IDENTITY_URL: `http://127.0.0.1:${(identity.address() as AddressInfo).port}`,
      CNS_FORWARD_SECRET: secret,
    });
    const app = createGatewayApp(
      config,
      pino({ level: 'silent' }),
      createTokenVerifier({
        jwksUrl: issuer.jwksUrl,
        issuer: issuer.issuer,
        audience: issuer.audience,
      }),
    );
    tls = createCnsTlsServer(app, {
      cert: serverCertificate.certificatePem,
      key: serverCertificate.privateKeyPem,
      ca: cnsCa.certificatePem,
    });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    port = (tls.address() as AddressInfo).port;
  });

  after(async () => {
    tls.close();
    identity.close();
    await issuer.close();
  });

  test('when a card issued by a CNS CA is presented, then identity receives it in headers signed for it', async () => {
    const card = await cnsCa.issue({
      subject: 'CN=CSRGGL70A01D612B/6120016461039008',
      policies: ['1.3.76.16.2.1'],
    });
    const { status, body } = await httpsGet(
      port,
      '/api/v1/auth/cns',
      serverCa.certificatePem,
      card,
    );
    assert.equal(status, 200);
    const forwarded = verifiedForwardedCertificate((name) => body.headers[name], secret);
    assert.deepEqual(forwarded, card.der);
  });

  test('when the card is from an unknown CA, or the client writes the headers itself, then nothing verifiable reaches identity', async () => {
    const other = await createTestAuthority('CN=CA sconosciuta, C=IT');
    const card = await other.issue({
      subject: 'CN=CSRGGL70A01D612B/1',
      policies: ['1.3.76.16.2.1'],
    });
    const unknown = await httpsGet(port, '/api/v1/auth/cns', serverCa.certificatePem, card);
    assert.equal(unknown.body.headers['x-client-cert'], undefined);
    const trustedCard = await cnsCa.issue({
      subject: 'CN=CSRGGL70A01D612B/1',
      policies: ['1.3.76.16.2.1'],
    });
    const forged = await httpsGet(
      port,
      '/api/v1/auth/cns',
      serverCa.certificatePem,
      undefined,
      signForwardedCertificate(trustedCard.der, secret),
    );
    assert.equal(
      forged.body.headers['x-client-cert'],
      undefined,
      'client-sent certificate headers are dropped',
    );
    assert.equal(forged.body.headers['x-client-cert-signature'], undefined);
  });
});
