import { createHash, createPrivateKey, webcrypto } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { rsaSigning, x509 } from '@app/platform/x509';
import type { CertificationAuthority } from '@app/platform/x509';

pkijs.setEngine(
  'node',
  new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }),
);

const oid = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspNonce: '1.3.6.1.5.5.7.48.1.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  /**
   * The demo time-stamping policy: an arc under the Italian country OID, never a real provider's.
   */
  tsaPolicy: '1.3.76.99999.1.1',
};

export interface DemoSigner {
  certificatePem: string;
  privateKeyPem: string;
  chainPem: string;
  serial: string;
}

export interface QualifiedCaSimulator {
  app: Express;
  /** Where its CRL, OCSP responder and time-stamping authority answer. */
  urls: { crl: string; ocsp: string; tsa: string };
  /**
   * The time-stamping unit's certificate (issued by the authority, extended key usage
   * timeStamping).
   */
  tsaCertificatePem: string;
  /**
   * A qualified signing certificate for a person, naming this simulator's CRL and OCSP responder.
   */
  issueSigner(
    person: { fiscalCode: string; displayName: string },
    validity?: { notBefore?: Date; notAfter?: Date },
  ): Promise<DemoSigner>;
  /** Revokes a certificate (hex serial) from `at` on: the CRL lists it and OCSP answers revoked. */
  revoke(serial: string, at?: Date): void;
  /** Test switches: the revocation services unreachable (HTTP 503), each on its own. */
  faults: { ocsp: boolean; crl: boolean };
}

const normalSerial = (hex: string) => hex.toLowerCase().replace(/^(00)+(?=.)/, '');
const hexOf = (integer: asn1js.Integer) =>
  normalSerial(Buffer.from(integer.valueBlock.valueHexView).toString('hex'));
const der = (object: { toSchema(): asn1js.AsnType }) => Buffer.from(object.toSchema().toBER());

/** The demo time-stamping unit: its certificate from the authority, its key ready to sign. */
async function timeStampingUnit(authority: CertificationAuthority) {
  const tsa = await authority.issue({
    subject:
      'CN=Servizio di marcatura temporale dimostrativo, O=Negozio Elettronico ' +
      '(solo sviluppo), C=IT',
    timeStamping: true,
    notAfter: new Date(Date.now() + 365 * 86_400_000),
  });
  const key = await crypto.subtle.importKey(
    'pkcs8',
    new Uint8Array(createPrivateKey(tsa.privateKeyPem).export({ type: 'pkcs8', format: 'der' })),
    rsaSigning,
    false,
    ['sign'],
  );
  return {
    certificatePem: tsa.certificatePem,
    certificate: pkijs.Certificate.fromBER(new Uint8Array(tsa.der)),
    key,
  };
}

/** The CRL as it stands: every certificate revoked so far, valid for the list's lifetime. */
function revocationList(
  authority: CertificationAuthority,
  revoked: Map<string, Date>,
  lifetime: number,
) {
  return x509.X509CrlGenerator.create({
    issuer: authority.name,
    thisUpdate: new Date(),
    nextUpdate: new Date(Date.now() + lifetime),
    signingKey: authority.signingKey,
    signingAlgorithm: rsaSigning,
    entries: [...revoked].map(([serialNumber, revocationDate]) => ({
      serialNumber,
      revocationDate,
      reason: x509.X509CrlReason.keyCompromise,
    })),
  });
}

/**
 * A qualified trust service provider as a verifier meets it, on the protocols the certificates
 * name:
 * `GET /crl/ca.crl` (RFC 5280), `POST /ocsp` (RFC 6960, application/ocsp-request), `POST /tsa` (RFC
 * 3161, application/timestamp-query); `POST /_sim/revocations {serial}` and `PUT /_sim/faults` for
 * tests.
 */
export async function createQualifiedCaSimulator(options: {
  authority: CertificationAuthority;
  baseUrl: string;
  listLifetimeMs?: number;
}): Promise<QualifiedCaSimulator> {
  const { authority } = options;
  const urls = servicesAt(options.baseUrl);
  const lifetime = options.listLifetimeMs ?? 10 * 60_000;
  const caCertificate = pkijs.Certificate.fromBER(new Uint8Array(authority.der));
  const tsa = await timeStampingUnit(authority);
  const revoked = new Map<string, Date>();
  const faults = { ocsp: false, crl: false };
  let timestampSerial = 0;

  const app = express();
  const binary = express.raw({ type: () => true, limit: '64kb' });
  app.get('/crl/ca.crl', async (_req, res) => {
    if (faults.crl) return void res.status(503).end();
    const crl = await revocationList(authority, revoked, lifetime);
    res.type('application/pkix-crl').send(Buffer.from(crl.rawData));
  });
  app.post('/ocsp', binary, async (req, res) => {
    if (faults.ocsp) return void res.status(503).end();
    const answer = await ocspAnswer(req.body as Buffer, {
      caCertificate,
      signingKey: authority.signingKey,
      revoked,
      lifetime,
    });
    res.type('application/ocsp-response').send(answer);
  });
  app.post('/tsa', binary, async (req, res) => {
    if (!req.is('application/timestamp-query')) return void res.status(415).end();
    const answer = await timestampAnswer(req.body as Buffer, {
      certificate: tsa.certificate,
      key: tsa.key,
      serial: ++timestampSerial,
    });
    res.type('application/timestamp-reply').send(answer);
  });
  app.use('/_sim', testControls(revoked, faults));

  return {
    app,
    urls,
    faults,
    tsaCertificatePem: tsa.certificatePem,
    revoke: (serial, at = new Date()) => void revoked.set(normalSerial(serial), at),
    issueSigner: (person, validity) =>
      issueQualifiedSigner(authority, options.baseUrl, person, validity),
  };
}

/** What tests do to the provider: revoke a certificate, take OCSP or the CRL down. */
function testControls(revoked: Map<string, Date>, faults: { ocsp: boolean; crl: boolean }) {
  const controls = express.Router();
  controls.post('/revocations', express.json(), (req: Request, res: Response) => {
    const { serial, at } = req.body as { serial?: string; at?: string };
    if (!serial || !/^[0-9a-f]+$/i.test(serial))
      return void res.status(400).json({ error: 'serial (esadecimale) obbligatorio' });
    revoked.set(normalSerial(serial), at ? new Date(at) : new Date());
    res.status(204).end();
  });
  controls.put('/faults', express.json(), (req, res) => {
    Object.assign(faults, { ocsp: Boolean(req.body?.ocsp), crl: Boolean(req.body?.crl) });
    res.json(faults);
  });
  return controls;
}

/**
 * Where the simulator at `baseUrl` answers: its CRL, OCSP responder and time-stamping authority.
 */
export function servicesAt(baseUrl: string) {
  const base = baseUrl.replace(/\/$/, '');
  return { crl: `${base}/crl/ca.crl`, ocsp: `${base}/ocsp`, tsa: `${base}/tsa` };
}

/**
 * A qualified signing certificate (non-repudiation, `TINIT-<codice fiscale>`) from `authority`,
 * naming the CRL and OCSP responder of the simulator at `baseUrl`: what a provider issues on a
 * smart card.
 */
export async function issueQualifiedSigner(
  authority: CertificationAuthority,
  baseUrl: string,
  person: { fiscalCode: string; displayName: string },
  validity: { notBefore?: Date; notAfter?: Date } = {},
): Promise<DemoSigner> {
  const urls = servicesAt(baseUrl);
  const [given, ...family] = person.displayName.split(' ');
  const issued = await authority.issue({
    subject:
      `C=IT, G=${given}, SN=${family.join(' ') || given}, ` +
      `2.5.4.5=TINIT-${person.fiscalCode}, CN=${person.displayName}`,
    signing: true,
    revocation: { crlUrl: urls.crl, ocspUrl: urls.ocsp },
    notBefore: validity.notBefore,
    notAfter: validity.notAfter ?? new Date(Date.now() + 3 * 365 * 86_400_000),
  });
  const serial = normalSerial(new x509.X509Certificate(issued.certificatePem).serialNumber);
  return {
    certificatePem: issued.certificatePem,
    privateKeyPem: issued.privateKeyPem,
    chainPem: authority.certificatePem,
    serial,
  };
}

interface OcspContext {
  caCertificate: pkijs.Certificate;
  signingKey: CryptoKey;
  revoked: Map<string, Date>;
  lifetime: number;
}

/**
 * An RFC 6960 answer signed by the authority itself; malformed requests get `malformedRequest` (1).
 */
/** Good, revoked (with when) or unknown (a certificate some other CA issued). */
async function statusOf(certID: pkijs.CertID, context: OcspContext) {
  const ours = new pkijs.CertID();
  await ours.createForCertificate(context.caCertificate, {
    hashAlgorithm: certID.hashAlgorithm.algorithmId === '1.3.14.3.2.26' ? 'SHA-1' : 'SHA-256',
    issuerCertificate: context.caCertificate,
  });
  const same = (a: asn1js.OctetString, b: asn1js.OctetString) =>
    Buffer.from(a.valueBlock.valueHexView).equals(Buffer.from(b.valueBlock.valueHexView));
  const fromUs =
    same(ours.issuerNameHash, certID.issuerNameHash) &&
    same(ours.issuerKeyHash, certID.issuerKeyHash);
  if (!fromUs) return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
  const revokedAt = context.revoked.get(hexOf(certID.serialNumber));
  return revokedAt
    ? new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 1 },
        value: [new asn1js.GeneralizedTime({ valueDate: revokedAt })],
      })
    : new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
}

async function ocspAnswer(body: Buffer, context: OcspContext): Promise<Buffer> {
  let request: pkijs.OCSPRequest;
  try {
    request = pkijs.OCSPRequest.fromBER(new Uint8Array(body));
  } catch {
    return der(new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: 1 }) }));
  }
  const now = new Date();
  const responses: pkijs.SingleResponse[] = [];
  for (const item of request.tbsRequest.requestList)
    responses.push(
      new pkijs.SingleResponse({
        certID: item.reqCert,
        certStatus: await statusOf(item.reqCert, context),
        thisUpdate: now,
        nextUpdate: new Date(now.getTime() + context.lifetime),
      }),
    );
  const nonce = request.tbsRequest.requestExtensions?.find(
    (extension) => extension.extnID === oid.ocspNonce,
  );
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: new pkijs.ResponseData({
      responderID: context.caCertificate.subject,
      producedAt: now,
      responses,
      ...(nonce ? { responseExtensions: [nonce] } : {}),
    }),
    certs: [context.caCertificate],
  });
  await basic.sign(context.signingKey, 'SHA-256');
  return der(
    new pkijs.OCSPResponse({
      responseStatus: new asn1js.Enumerated({ value: 0 }),
      responseBytes: new pkijs.ResponseBytes({
        responseType: oid.ocspBasic,
        response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER() }),
      }),
    }),
  );
}

/**
 * An RFC 3161 token (RFC 5816 signingCertificateV2) over the request's imprint, echoing its nonce.
 */
/** The signed attributes of a time-stamp token: content type, digest, the signing certificate. */
function tokenAttributes(content: Buffer, certificate: pkijs.Certificate) {
  const attribute = (type: string, value: asn1js.AsnType) =>
    new pkijs.Attribute({ type, values: [value] });
  const certificateHash = createHash('sha256').update(der(certificate)).digest();
  const hashOnly = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: certificateHash })],
  });
  return new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute(oid.contentType, new asn1js.ObjectIdentifier({ value: oid.tstInfo })),
      attribute(
        oid.messageDigest,
        new asn1js.OctetString({ valueHex: createHash('sha256').update(content).digest() }),
      ),
      // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 { certHash } }
      attribute(
        oid.signingCertificateV2,
        new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [hashOnly] })] }),
      ),
    ],
  });
}

async function timestampAnswer(
  body: Buffer,
  unit: { certificate: pkijs.Certificate; key: CryptoKey; serial: number },
): Promise<Buffer> {
  let request: pkijs.TimeStampReq;
  try {
    request = pkijs.TimeStampReq.fromBER(new Uint8Array(body));
  } catch {
    // PKIStatus rejection (2), failInfo badDataFormat (bit 5).
    return der(
      new pkijs.TimeStampResp({
        status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.rejection }),
      }),
    );
  }
  const info = new pkijs.TSTInfo({
    version: 1,
    policy: oid.tsaPolicy,
    messageImprint: request.messageImprint,
    serialNumber: new asn1js.Integer({ value: unit.serial }),
    genTime: new Date(),
    ...(request.nonce ? { nonce: request.nonce } : {}),
  });
  const content = Buffer.from(info.toSchema().toBER());
  const encapsulated = new pkijs.EncapsulatedContentInfo({ eContentType: oid.tstInfo });
  // Set after construction: pkijs's constructor would chunk it into a constructed (BER) string, and
  // a token is DER.
  encapsulated.eContent = new asn1js.OctetString({ valueHex: content });
  const signed = new pkijs.SignedData({
    version: 3,
    encapContentInfo: encapsulated,
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: unit.certificate.issuer,
          serialNumber: unit.certificate.serialNumber,
        }),
        signedAttrs: tokenAttributes(content, unit.certificate),
      }),
    ],
    ...(request.certReq ? { certificates: [unit.certificate] } : {}),
  });
  await signed.sign(unit.key, 0, 'SHA-256');
  const token = new pkijs.ContentInfo({
    contentType: oid.signedData,
    content: signed.toSchema(true),
  });
  return der(
    new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: pkijs.PKIStatus.granted }),
      timeStampToken: token,
    }),
  );
}
