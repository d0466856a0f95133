import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { CertificatePolicies, UserNotice } from '@peculiar/asn1-x509';
import { selfSignedCredential, x509 } from '@app/platform/x509';
import { openText } from '../src/keys/sealed-key.js';
import { startIdentityWorld, type IdentityWorld } from './harness.js';
import { gaio } from './people.js';
import { defined } from '@app/platform/errors';

const metadataCertificate = (xml: string) =>
  new x509.X509Certificate(
    Buffer.from(
      defined(defined(/<ds:X509Certificate>([^<]+)<\/ds:X509Certificate>/.exec(xml))[1]),
      'base64',
    ),
  );

/** Every check AgID's certificate validator (public sector) makes, as a list of what is wrong. */
function avviso29Problems(certificate: x509.X509Certificate, entityId: string): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => void (ok || problems.push(what));
  const algorithm = certificate.publicKey.algorithm as RsaHashedKeyAlgorithm;
  expect(
    algorithm.name === 'RSASSA-PKCS1-v1_5' && [2048, 3072, 4096].includes(algorithm.modulusLength),
    'RSA 2048/3072/4096',
  );
  expect(
    (certificate.signatureAlgorithm as RsaHashedKeyAlgorithm).hash.name === 'SHA-256',
    'signed with SHA-256',
  );
  const subject = Object.fromEntries(
    certificate.subjectName
      .toJSON()
      .flatMap((rdn) => Object.entries(rdn))
      .map(([k, v]) => [k, v[0]]),
  );
  for (const name of ['CN', 'O', 'C', 'L', '2.5.4.97', '2.5.4.83'])
    expect(Boolean(subject[name]), `subject ${name}`);
  expect(/^PA:IT-\S{1,11}$/.test(subject['2.5.4.97'] ?? ''), 'organizationIdentifier PA:IT-<IPA>');
  expect(subject['2.5.4.83'] === entityId, 'uri is the entity ID');
  expect(subject.C === 'IT', 'countryName IT');
  for (const forbidden of ['E', 'G', 'SN', '2.5.4.41', '2.5.4.43', '2.5.4.65'])
    expect(!subject[forbidden], `no ${forbidden} in the subject`);
  const basic = certificate.getExtension(x509.BasicConstraintsExtension);
  expect(basic !== null && !basic.critical && !basic.ca, 'basicConstraints CA:FALSE, not critical');
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  expect(
    Boolean(usage?.critical) &&
      defined(usage).usages ===
        (x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation),
    'keyUsage critical: digitalSignature, nonRepudiation only',
  );
  const policies = certificate.getExtension('2.5.29.32');
  expect(Boolean(policies) && !defined(policies).critical, 'certificatePolicies, not critical');
  const notices = Object.fromEntries(
    AsnConvert.parse(defined(policies).value, CertificatePolicies).map((p) => [
      p.policyIdentifier,
      AsnConvert.parse(
        defined(defined(p.policyQualifiers)[0]).qualifier,
        UserNotice,
      ).explicitText?.toString(),
    ]),
  );
  expect(notices['1.3.76.16.6'] === 'agIDcert', 'policy 1.3.76.16.6 agIDcert');
  expect(notices['1.3.76.16.4.2.1'] === 'cert_SP_Pub', 'policy 1.3.76.16.4.2.1 cert_SP_Pub');
  expect(certificate.notBefore <= new Date() && certificate.notAfter > new Date(), 'valid today');
  return problems;
}

describe('the SPID service provider signs with a certificate of the Avviso SPID n.29 v3 profile', () => {
  let world: IdentityWorld;
  before(async () => {
    world = await startIdentityWorld([gaio]);
  });
  after(() => world.stop());
  const metadata = async () => (await fetch(`${world.url}/api/v1/auth/spid/metadata`)).text();

  test('when the metadata is read, then its certificate passes every check of AgID’s validator for public bodies', async () => {
    assert.deepEqual(
      avviso29Problems(
        metadataCertificate(await metadata()),
        `${world.url}/api/v1/auth/spid/metadata`,
      ),
      [],
    );
  });

  test('when the metadata is read, then its signature verifies with that certificate', async () => {
    const xml = await metadata();
    const signature = defined(
      new DOMParser()
        .parseFromString(xml, 'text/xml')
        .getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0],
    );
    const verifier = new SignedXml({ publicCert: metadataCertificate(xml).toString('pem') });
    verifier.loadSignature(signature);
    assert.equal(verifier.checkSignature(xml), true);
  });

  test('when a certificate of the earlier profile is stored, then it is replaced by a compliant one once', async () => {
    const old = await selfSignedCredential({
      name: 'CN=Negozio Elettronico, C=IT',
      extensions: [new x509.CertificatePolicyExtension(['1.3.76.16.4.2.1'])],
    });
    await world.service.deps.dataSource.query(
      "UPDATE service_credentials SET private_key_pem = $1, certificate_pem = $2 WHERE name = 'spid-sp'",
      [old.privateKeyPem, old.certificatePem],
    );
    const [first, second] = [
      metadataCertificate(await metadata()),
      metadataCertificate(await metadata()),
    ];
    assert.deepEqual(avviso29Problems(first, `${world.url}/api/v1/auth/spid/metadata`), []);
    assert.equal(first.serialNumber, second.serialNumber, 'made once, then kept');
  });
});

describe("the SPID service provider's signing key at rest", () => {
  let world: IdentityWorld;
  const secret = 'una-chiave-di-cifratura-delle-chiavi-di-firma-di-prova';
  before(async () => {
    world = await startIdentityWorld([gaio], { SIGNING_KEY_SECRET: secret });
  });
  after(() => world.stop());
  const stored = async () =>
    (
      await world.service.deps.dataSource.query(
        "SELECT private_key_pem AS key FROM service_credentials WHERE name = 'spid-sp'",
      )
    )[0]?.key as string;

  test('when SIGNING_KEY_SECRET is set, then the key is stored sealed, never as PEM, and the metadata is still signed with it', async () => {
    const xml = await (await fetch(`${world.url}/api/v1/auth/spid/metadata`)).text();
    const key = await stored();
    assert.match(key, /^sealed:/);
    assert.ok(!key.includes('PRIVATE KEY'));
    const signature = defined(
      new DOMParser()
        .parseFromString(xml, 'text/xml')
        .getElementsByTagNameNS('http://www.w3.org/2000/09/xmldsig#', 'Signature')[0],
    );
    const verifier = new SignedXml({ publicCert: metadataCertificate(xml).toString('pem') });
    verifier.loadSignature(signature);
    assert.equal(verifier.checkSignature(xml), true);
  });

  test('when a key was stored in the clear before sealing began, then it is sealed on its next use and the certificate stays', async () => {
    const metadata = async () =>
      metadataCertificate(await (await fetch(`${world.url}/api/v1/auth/spid/metadata`)).text());
    const before = await metadata();
    // The row as an earlier release left it: the same certificate, its key as plain PEM.
    const plainPem = openText((await stored()).slice('sealed:'.length), secret);
    await world.service.deps.dataSource.query(
      "UPDATE service_credentials SET private_key_pem = $1 WHERE name = 'spid-sp'",
      [plainPem],
    );
    const after = await metadata();
    assert.equal(after.serialNumber, before.serialNumber, 'the certificate AgID knows stays');
    assert.match(await stored(), /^sealed:/);
    assert.equal(openText((await stored()).slice('sealed:'.length), secret), plainPem);
  });
});
