import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTokenVerifier,
  requireStrongAuth,
  signForwardedCertificate,
} from '@app/platform/auth';
import { createTestAuthority, type TestAuthority } from '@app/platform/testing';
import { startIdentityWorld, type IdentityWorld } from './harness.js';
import { everyone, gaio, lucrezia } from './people.js';

const cnsPolicy = '1.3.76.16.2.1';
const ciePolicy = '1.3.76.47.4';

describe('CNS login with a card certificate forwarded by the TLS terminator', () => {
  let world: IdentityWorld;
  let authority: TestAuthority;
  let stranger: TestAuthority;
  const secret = 'cns-forward-secret-shared-by-gateway-and-identity';

  before(async () => {
    authority = await createTestAuthority('CN=CA CNS di prova, O=Regione di prova, C=IT');
    stranger = await createTestAuthority('CN=CA sconosciuta, C=IT');
    const directory = await mkdtemp(join(tmpdir(), 'cns-'));
    await writeFile(join(directory, 'cas.pem'), authority.certificatePem);
    world = await startIdentityWorld(everyone, {
      CNS_CA_FILE: join(directory, 'cas.pem'),
      CNS_FORWARD_SECRET: secret,
    });
  });
  after(() => world.stop());

  const sessions = async () =>
    (await world.service.deps.dataSource.query('SELECT count(*)::int AS n FROM login_sessions'))[0]
      .n as number;
  const login = (der: Buffer, headers = signForwardedCertificate(der, secret)) =>
    fetch(`${world.url}/api/v1/auth/cns`, { headers: { accept: 'application/json', ...headers } });

  test('when a CNS card (fiscal code in the CN) is presented, then a cns session opens and passes requireStrongAuth', async () => {
    const card = await authority.issue({
      subject: `CN=${gaio.fiscalCode}/6120016461039008.i1ZpQ=, G=Gaio Giulio, SN=Cesare, C=IT`,
      policies: [cnsPolicy],
    });
    const response = await login(card.der);
    assert.equal(response.status, 200, await response.clone().text());
    const body = await response.json();
    assert.equal(body.person.fiscalCode, gaio.fiscalCode);
    assert.equal(body.session.method, 'cns');
    assert.equal(body.session.acr, 'urn:negozio-elettronico:acr:cns');
    const caller = await createTokenVerifier({
      jwksUrl: world.config.JWKS_URL,
      issuer: world.config.JWT_ISSUER,
      audience: world.config.JWT_AUDIENCE,
    })(body.accessToken);
    assert.doesNotThrow(() => requireStrongAuth(caller));
  });

  test('when a CIE certificate carries serialNumber TINIT-…, then the fiscal code is read from it', async () => {
    const card = await authority.issue({
      subject: `CN=Lucrezia Borgia, 2.5.4.5=TINIT-${lucrezia.fiscalCode}, C=IT`,
      policies: [ciePolicy],
    });
    const body = await (await login(card.der)).json();
    assert.equal(body.person.fiscalCode, lucrezia.fiscalCode);
  });

  test('when the certificate is from an unknown CA, has another policy or has expired, then it is refused without a session', async () => {
    const before = await sessions();
    const cases: [Buffer, RegExp][] = [
      [
        (await stranger.issue({ subject: `CN=${gaio.fiscalCode}/1.x`, policies: [cnsPolicy] })).der,
        /autorità di certificazione riconosciuta/,
      ],
      [
        (
          await authority.issue({
            subject: `CN=${gaio.fiscalCode}/1.x`,
            policies: ['1.3.6.1.4.1.99999.1'],
          })
        ).der,
        /non è di una Carta Nazionale dei Servizi/,
      ],
      [
        (
          await authority.issue({
            subject: `CN=${gaio.fiscalCode}/1.x`,
            policies: [cnsPolicy],
            notBefore: new Date(Date.now() - 10 * 86_400_000),
            notAfter: new Date(Date.now() - 86_400_000),
          })
        ).der,
        /scaduto/,
      ],
      [
        (await authority.issue({ subject: 'CN=RSSMRA80A01H501X/1.x', policies: [cnsPolicy] })).der,
        /carattere di controllo/,
      ],
    ];
    for (const [der, reason] of cases) {
      const response = await login(der);
      assert.equal(response.status, 401);
      const problem = await response.json();
      assert.equal(problem.code, 'CNS_LOGIN_REFUSED');
      assert.match(problem.detail, reason);
    }
    assert.equal(await sessions(), before);
  });

  test('when a client sets the certificate headers itself, then they are ignored: no certificate, no session', async () => {
    const card = await authority.issue({
      subject: `CN=${gaio.fiscalCode}/1.x`,
      policies: [cnsPolicy],
    });
    const before = await sessions();
    const forged = {
      ...signForwardedCertificate(card.der, 'a-secret-the-client-guessed-wrongly-000000'),
    };
    for (const headers of [
      forged,
      { 'x-client-cert': card.der.toString('base64') },
      signForwardedCertificate(card.der, secret, Date.now() - 5 * 60_000),
    ]) {
      const response = await login(card.der, headers);
      assert.equal(response.status, 401);
      assert.match((await response.json()).detail, /Nessun certificato CNS presentato/);
    }
    assert.equal(await sessions(), before);
  });
});
