import { randomBytes } from 'node:crypto';
import { asn1js, parseBer, pkijs } from './cms-engine.js';

/** What the certification authority says of a certificate, asked at verification time. */
export type RevocationStatus =
  | { state: 'good'; source: 'OCSP' | 'CRL'; url: string }
  | { state: 'revoked'; revokedAt: Date; source: 'OCSP' | 'CRL'; url: string }
  /** The authority could not be asked or gave no usable answer: nothing may be concluded yet. */
  | { state: 'unknown'; reason: string }
  /** The certificate names neither an OCSP responder nor a CRL distribution point. */
  | { state: 'unnamed' };

export interface RevocationChecker {
  status(certificate: pkijs.Certificate, issuer: pkijs.Certificate): Promise<RevocationStatus>;
}

const oid = {
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  ocspAccess: '1.3.6.1.5.5.7.48.1',
  ocspBasic: '1.3.6.1.5.5.7.48.1.1',
  ocspNonce: '1.3.6.1.5.5.7.48.1.2',
};

/**
 * The http(s) URLs a certificate names, by its own extensions (only read after its chain is
 * trusted).
 */
export function revocationSourcesOf(certificate: pkijs.Certificate): {
  ocsp: string[];
  crl: string[];
} {
  const extension = (id: string) =>
    certificate.extensions?.find((candidate) => candidate.extnID === id)?.parsedValue;
  const uri = (name: pkijs.GeneralName) =>
    name.type === 6 && /^https?:\/\//.test(String(name.value)) ? [String(name.value)] : [];
  const points =
    (extension(oid.crlDistributionPoints) as pkijs.CRLDistributionPoints | undefined)
      ?.distributionPoints ?? [];
  const crl = points.flatMap((point) =>
    Array.isArray(point.distributionPoint) ? point.distributionPoint.flatMap(uri) : [],
  );
  const access =
    (extension(oid.authorityInfoAccess) as pkijs.InfoAccess | undefined)?.accessDescriptions ?? [];
  const ocsp = access
    .filter((item) => item.accessMethod === oid.ocspAccess)
    .flatMap((item) => uri(item.accessLocation));
  return { ocsp, crl };
}

interface CachedCrl {
  crl: pkijs.CertificateRevocationList;
  until: number;
}

/**
 * Asks the authority over HTTP, as the certificate says where: its OCSP responder first (RFC 6960,
 * a nonce, the answer signed by the issuer or its delegated responder), then its CRL (RFC 5280,
 * signed by the issuer, not past its nextUpdate; kept until then). Any failure is `unknown`, never
 * `good`.
 */
export function httpRevocationChecker(
  options: { timeoutMs?: number; fetch?: typeof fetch } = {},
): RevocationChecker {
  const get = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const crls = new Map<string, CachedCrl>();
  return {
    async status(certificate, issuer) {
      const sources = revocationSourcesOf(certificate);
      if (sources.ocsp.length === 0 && sources.crl.length === 0) return { state: 'unnamed' };
      const reasons: string[] = [];
      for (const url of sources.ocsp) {
        const answer = await askOcsp(url, certificate, issuer, get, timeoutMs).catch(
          (error: Error) => ({
            state: 'unknown' as const,
            reason: `OCSP ${url}: ${error.message}`,
          }),
        );
        if (answer.state !== 'unknown') return answer;
        reasons.push(answer.reason);
      }
      for (const url of sources.crl) {
        const answer = await consultCrl(url, certificate, issuer, crls, get, timeoutMs).catch(
          (error: Error) => ({ state: 'unknown' as const, reason: `CRL ${url}: ${error.message}` }),
        );
        if (answer.state !== 'unknown') return answer;
        reasons.push(answer.reason);
      }
      return { state: 'unknown', reason: reasons.join('; ') };
    },
  };
}

async function download(
  get: typeof fetch,
  url: string,
  timeoutMs: number,
  init: RequestInit = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const response = await get(url, {
    ...init,
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function askOcsp(
  url: string,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  get: typeof fetch,
  timeoutMs: number,
): Promise<RevocationStatus> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(certificate, {
    hashAlgorithm: 'SHA-256',
    issuerCertificate: issuer,
  });
  const nonce = randomBytes(16);
  request.tbsRequest.requestExtensions = [
    new pkijs.Extension({
      extnID: oid.ocspNonce,
      extnValue: new asn1js.OctetString({ valueHex: nonce }).toBER(),
    }),
  ];
  const body = await download(get, url, timeoutMs, {
    method: 'POST',
    headers: { 'content-type': 'application/ocsp-request' },
    body: Buffer.from(request.toSchema(true).toBER()),
  });
  const parsed = parseBer(body);
  if (!parsed) throw new Error('risposta illeggibile');
  const response = new pkijs.OCSPResponse({ schema: parsed });
  if (
    response.responseStatus.valueBlock.valueDec !== 0 ||
    !response.responseBytes ||
    response.responseBytes.responseType !== oid.ocspBasic
  )
    throw new Error(`stato ${response.responseStatus.valueBlock.valueDec}`);
  const basic = pkijs.BasicOCSPResponse.fromBER(
    new Uint8Array(response.responseBytes.response.valueBlock.valueHexView),
  );
  // The answer must come from the issuer itself or a responder it delegated (id-kp-OCSPSigning). A
  // responder that is the issuer itself may leave its certificate out (RFC 6960 §4.2.1): the
  // trusted one signs then.
  if (!basic.certs?.length) basic.certs = [issuer];
  if (!(await basic.verify({ trustedCerts: [issuer], issuerCerts: [issuer] }).catch(() => false)))
    throw new Error('risposta non firmata dal certificatore');
  const echoed = basic.tbsResponseData.responseExtensions?.find(
    (extension) => extension.extnID === oid.ocspNonce,
  );
  if (echoed && !Buffer.from(echoed.extnValue.valueBlock.valueHexView).includes(nonce))
    throw new Error('nonce diverso da quello chiesto');
  const single = await singleResponseFor(basic, certificate, issuer);
  if (!single) throw new Error('nessuna risposta per il certificato');
  if (single.nextUpdate && single.nextUpdate.getTime() < Date.now())
    throw new Error('risposta scaduta');
  const status = single.certStatus as asn1js.Constructed | asn1js.Primitive;
  if (status.idBlock.tagNumber === 0) return { state: 'good', source: 'OCSP', url };
  if (status.idBlock.tagNumber === 1) {
    const time = (status as asn1js.Constructed).valueBlock.value[0] as asn1js.GeneralizedTime;
    return { state: 'revoked', revokedAt: time.toDate(), source: 'OCSP', url };
  }
  throw new Error('certificato sconosciuto al certificatore');
}

async function singleResponseFor(
  basic: pkijs.BasicOCSPResponse,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
) {
  for (const single of basic.tbsResponseData.responses) {
    const hashAlgorithm =
      single.certID.hashAlgorithm.algorithmId === '1.3.14.3.2.26' ? 'SHA-1' : 'SHA-256';
    const expected = new pkijs.CertID();
    await expected.createForCertificate(certificate, { hashAlgorithm, issuerCertificate: issuer });
    if (expected.isEqual(single.certID)) return single;
  }
  return undefined;
}

async function consultCrl(
  url: string,
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  cache: Map<string, CachedCrl>,
  get: typeof fetch,
  timeoutMs: number,
): Promise<RevocationStatus> {
  let cached = cache.get(url);
  // A list kept for one authority answers only for certificates that authority issued.
  if (cached && !cached.crl.issuer.isEqual(certificate.issuer)) cached = undefined;
  if (!cached || cached.until < Date.now()) {
    const crl = pkijs.CertificateRevocationList.fromBER(await download(get, url, timeoutMs));
    if (
      !crl.issuer.isEqual(issuer.subject) ||
      !(await crl.verify({ issuerCertificate: issuer }).catch(() => false))
    )
      throw new Error('lista non firmata dal certificatore');
    const until = crl.nextUpdate?.value.getTime() ?? 0;
    if (until < Date.now()) throw new Error('lista scaduta (nextUpdate passato)');
    cached = { crl, until };
    cache.set(url, cached);
  }
  const entry = cached.crl.revokedCertificates?.find((revoked) =>
    revoked.userCertificate.isEqual(certificate.serialNumber),
  );
  return entry
    ? { state: 'revoked', revokedAt: entry.revocationDate.value, source: 'CRL', url }
    : { state: 'good', source: 'CRL', url };
}
