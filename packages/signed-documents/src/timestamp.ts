import { createHash, randomBytes } from 'node:crypto';
import { AppError, defined } from '@app/platform/errors';
import { asn1js, oids, parseBer, pkijs } from './cms-engine.js';

/** A time vouched for by a time-stamping authority (RFC 3161), not the signer's own clock. */
export interface VerifiedTimestamp {
  time: string;
  authority: string;
  serial: string;
}

const timestampRefused = (detail: string) =>
  new AppError({
    code: 'SIGNATURE_TIMESTAMP_INVALID',
    status: 422,
    title: 'Marca temporale non valida',
    detail,
  });

/**
 * The signatureTimeStampToken of a CAdES-T signer (an unsigned attribute), parsed; undefined when
 * absent.
 */
function tokenOf(signer: pkijs.SignerInfo): pkijs.SignedData | undefined {
  const attribute = signer.unsignedAttrs?.attributes.find(
    (candidate) => candidate.type === oids.signatureTimeStampToken,
  );
  if (!attribute) return undefined;
  try {
    const info = new pkijs.ContentInfo({ schema: attribute.values[0] });
    if (info.contentType !== oids.signedData) throw new Error('not SignedData');
    return new pkijs.SignedData({ schema: info.content });
  } catch {
    throw timestampRefused('La marca temporale allegata alla firma non è leggibile.');
  }
}

const signatureValue = (signer: pkijs.SignerInfo) =>
  signer.signature.valueBlock.valueHexView.slice().buffer as ArrayBuffer;

/**
 * The time a signature existed, from its RFC 3161 token: the token must cover this very signature
 * value, be signed by a time-stamping authority chaining to `authorities` (valid at the time it
 * states) whose certificate is for time-stamping only. Absent token: undefined; any other flaw:
 * refused.
 */
export async function verifySignatureTimestamp(
  signer: pkijs.SignerInfo,
  authorities: pkijs.Certificate[],
): Promise<VerifiedTimestamp | undefined> {
  const token = tokenOf(signer);
  if (!token) return undefined;
  if (token.encapContentInfo.eContentType !== oids.tstInfo || !token.encapContentInfo.eContent)
    throw timestampRefused('La marca temporale non contiene un TSTInfo (RFC 3161).');
  const info = pkijs.TSTInfo.fromBER(token.encapContentInfo.eContent.getValue());
  let result: pkijs.SignedDataVerifyResult;
  try {
    // With a TSTInfo inside, pkijs checks the message imprint against `data` and the chain at
    // genTime.
    result = await token.verify({
      signer: 0,
      data: signatureValue(signer),
      checkChain: true,
      trustedCerts: authorities,
      extendedMode: true,
      passedWhenNotRevValues: true,
    });
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === 5)
      throw timestampRefused(
        'La marca temporale non è emessa da un’autorità di marcatura temporale riconosciuta.',
      );
    throw timestampRefused('La marca temporale non corrisponde alla firma o è danneggiata.');
  }
  const certificate = result.signerCertificate;
  if (!result.signatureVerified || !certificate)
    throw timestampRefused('La marca temporale non corrisponde alla firma o è danneggiata.');
  if (!forTimeStampingOnly(certificate))
    throw timestampRefused(
      'Il certificato che ha firmato la marca temporale non è di un’autorità di ' +
        'marcatura temporale.',
    );
  const name = certificate.subject.typesAndValues.find((entry) => entry.type === oids.commonName);
  return {
    time: info.genTime.toISOString(),
    authority: name ? String(name.value.valueBlock.value) : 'sconosciuta',
    serial: Buffer.from(info.serialNumber.valueBlock.valueHexView).toString('hex'),
  };
}

/**
 * RFC 3161 §2.3: the TSA's certificate has exactly one extended key usage, timeStamping, marked
 * critical.
 */
function forTimeStampingOnly(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((candidate) => candidate.extnID === '2.5.29.37');
  const usages = (extension?.parsedValue as pkijs.ExtKeyUsage | undefined)?.keyPurposes ?? [];
  return Boolean(extension?.critical) && usages.length === 1 && usages[0] === oids.timeStamping;
}

/**
 * Asks a time-stamping authority (RFC 3161 over HTTP) for a token over `data`; the answer must echo
 * our nonce.
 */
export async function requestTimestamp(
  url: string,
  data: ArrayBuffer | Uint8Array,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<pkijs.ContentInfo> {
  const nonce = randomBytes(8);
  // A positive INTEGER whose first byte is not zero: its DER bytes are these eight, as echoed.
  nonce[0] = (defined(nonce[0]) & 0x7f) | 0x40;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: oids.sha256 }),
      hashedMessage: new asn1js.OctetString({
        valueHex: createHash('sha256').update(new Uint8Array(data)).digest(),
      }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  const response = await (options.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/timestamp-query' },
    body: Buffer.from(request.toSchema().toBER()),
    redirect: 'error',
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  if (!response.ok)
    throw new Error(`Il servizio di marcatura temporale ${url} ha risposto ${response.status}.`);
  const parsed = parseBer(new Uint8Array(await response.arrayBuffer()));
  const answer = parsed && new pkijs.TimeStampResp({ schema: parsed });
  if (!answer?.timeStampToken || answer.status.status > 1)
    throw new Error(`Il servizio di marcatura temporale ${url} ha rifiutato la richiesta.`);
  const signed = new pkijs.SignedData({ schema: answer.timeStampToken.content });
  const info = pkijs.TSTInfo.fromBER(defined(signed.encapContentInfo.eContent).getValue());
  if (!info.nonce || !Buffer.from(info.nonce.valueBlock.valueHexView).equals(nonce)) {
    throw new Error(`Il servizio di marcatura temporale ${url} ha risposto a un'altra richiesta.`);
  }
  return answer.timeStampToken;
}

/**
 * Turns a CAdES-BES envelope into CAdES-T: a time-stamping authority's token over the first
 * signer's signature value, added as an unsigned attribute (what signing software does with a TSA
 * account).
 */
export async function addSignatureTimestamp(
  envelope: Buffer,
  tsaUrl: string,
  options: { fetch?: typeof fetch } = {},
): Promise<Buffer> {
  const info = pkijs.ContentInfo.fromBER(new Uint8Array(envelope));
  const signed = new pkijs.SignedData({ schema: info.content });
  const signer = signed.signerInfos[0];
  if (!signer) throw new Error('La busta non contiene firme.');
  const token = await requestTimestamp(tsaUrl, signatureValue(signer), options);
  const attribute = new pkijs.Attribute({
    type: oids.signatureTimeStampToken,
    values: [token.toSchema()],
  });
  const others =
    signer.unsignedAttrs?.attributes.filter(
      (candidate) => candidate.type !== oids.signatureTimeStampToken,
    ) ?? [];
  signer.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 1,
    attributes: [...others, attribute],
  });
  const rebuilt = new pkijs.ContentInfo({
    contentType: oids.signedData,
    content: signed.toSchema(true),
  });
  return Buffer.from(rebuilt.toSchema().toBER());
}
