import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SignedXml } from 'xml-crypto';
import { createTestAuthority } from '@app/platform/testing';
import { qualifiedAuthoritiesOf } from './trusted-list.js';
import { defined } from '@app/platform/errors';

const base64Of = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
const service = (type: string, status: string, name: string, pem: string) => `
  <TSPService><ServiceInformation>
    <ServiceTypeIdentifier>http://uri.etsi.org/TrstSvc/Svctype/${type}</ServiceTypeIdentifier>
    <ServiceName><Name xml:lang="it">${name}</Name></ServiceName>
    <ServiceDigitalIdentity><DigitalId><X509Certificate>${base64Of(pem)}</X509Certificate></DigitalId></ServiceDigitalIdentity>
    <ServiceStatus>http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/${status}</ServiceStatus>
  </ServiceInformation></TSPService>`;

function signedList(
  body: string,
  signer: { privateKeyPem: string; certificatePem: string },
): string {
  const xml = `<TrustServiceStatusList xmlns="http://uri.etsi.org/02231/v2#" Id="TSL-IT"><SchemeInformation><TSLSequenceNumber>1</TSLSequenceNumber></SchemeInformation><TrustServiceProviderList>${body}</TrustServiceProviderList></TrustServiceStatusList>`;
  const sig = new SignedXml({
    privateKey: signer.privateKeyPem,
    publicCert: signer.certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "/*[local-name(.)='TrustServiceStatusList']",
    transforms: [
      'http://www.w3.org/2000/09/xmldsig#enveloped-signature',
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    ],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, {
    location: { reference: "/*[local-name(.)='TrustServiceStatusList']", action: 'append' },
  });
  return sig.getSignedXml();
}

describe('trusted list import (ETSI TS 119 612)', () => {
  test('when a signed list names qualified CAs granted, withdrawn and a time-stamping service, then only the granted CA is trusted; a changed or foreign-signed list is refused', async () => {
    const operator = await (
      await createTestAuthority('CN=Gestore della lista di prova')
    ).issue({ subject: 'CN=Firma della lista di fiducia', signing: true });
    const granted = await createTestAuthority('CN=CA qualificata attiva');
    const withdrawn = await createTestAuthority('CN=CA qualificata revocata');
    const tsa = await createTestAuthority('CN=Marche temporali');
    const body = `<TrustServiceProvider><TSPInformation><TSPName><Name xml:lang="it">Prestatore di prova S.p.A.</Name></TSPName></TSPInformation><TSPServices>
      ${service('CA/QC', 'granted', 'CA firma qualificata', granted.certificatePem)}
      ${service('CA/QC', 'withdrawn', 'CA firma dismessa', withdrawn.certificatePem)}
      ${service('TSA/QTST', 'granted', 'Marche temporali', tsa.certificatePem)}
    </TSPServices></TrustServiceProvider>`;
    const xml = signedList(body, operator);
    const found = qualifiedAuthoritiesOf(xml, operator.certificatePem);
    assert.deepEqual(
      found.map((authority) => [authority.provider, authority.service]),
      [['Prestatore di prova S.p.A.', 'CA firma qualificata']],
    );
    assert.equal(base64Of(defined(found[0]).certificatePem), base64Of(granted.certificatePem));

    assert.throws(
      () => qualifiedAuthoritiesOf(xml.replace('withdrawn', 'granted'), operator.certificatePem),
      /firma della lista di fiducia non è valida/,
    );
    const stranger = await (
      await createTestAuthority('CN=Altro')
    ).issue({ subject: 'CN=Altro firmatario', signing: true });
    assert.throws(
      () => qualifiedAuthoritiesOf(signedList(body, stranger), operator.certificatePem),
      /non è valida/,
    );
  });
});
