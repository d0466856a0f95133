import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request } from 'express';
import { SignatureV4 } from '@smithy/signature-v4';

export interface ObjectStoreOptions {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  buckets: string[];
}

interface StoredObject {
  body: Buffer;
  contentType: string;
  metadata: Record<string, string>;
}

/** S3's XML error document, as SDKs parse it. */
const s3Error = (code: string, message: string) =>
  `<?xml version="1.0" ` +
  `encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;

type SourceData = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: SourceData) =>
  typeof data === 'string'
    ? Buffer.from(data)
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);

/** The hash SigV4 needs, on Node's crypto. */
class Sha256 {
  private readonly hash;
  constructor(secret?: SourceData) {
    this.hash = secret ? createHmac('sha256', bytesOf(secret)) : createHash('sha256');
  }
  update(data: SourceData) {
    this.hash.update(bytesOf(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

/**
 * Behaves like an S3-compatible store for PutObject, GetObject, HeadObject and DeleteObject with
 * path-style addressing: every request must carry a valid AWS Signature V4 (recomputed here with
 * the store's credentials) and a body matching its declared SHA-256. Objects live in memory.
 * `received` lets tests read what arrived.
 */
export function createObjectStore(options: ObjectStoreOptions): {
  app: Express;
  objects: Map<string, StoredObject>;
  received: { method: string; key: string }[];
} {
  const objects = new Map<string, StoredObject>();
  const received: { method: string; key: string }[] = [];
  const signer = new SignatureV4({
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    region: options.region,
    service: 's3',
    sha256: Sha256,
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(express.raw({ type: () => true, limit: '200mb' }));

  app.all('/{*path}', async (req, res) => {
    res.type('application/xml');
    const refusal = await checkSignature(req, signer, options.accessKeyId);
    if (refusal) return void res.status(403).send(s3Error(refusal.code, refusal.message));
    const [bucket, ...rest] = decodeURIComponent(req.path.slice(1)).split('/');
    const key = rest.join('/');
    if (!bucket || !options.buckets.includes(bucket))
      return void res
        .status(404)
        .send(s3Error('NoSuchBucket', 'The specified bucket does not exist'));
    received.push({ method: req.method, key });
    const id = `${bucket}/${key}`;
    if (req.method === 'PUT') {
      const stored = storedFrom(req);
      objects.set(id, stored);
      return void res
        .status(200)
        .set('etag', `"${createHash('md5').update(stored.body).digest('hex')}"`)
        .end();
    }
    const found = objects.get(id);
    if (req.method === 'DELETE') {
      objects.delete(id);
      return void res.status(204).end();
    }
    if (!found)
      return void res
        .status(404)
        .send(
          req.method === 'HEAD'
            ? undefined
            : s3Error('NoSuchKey', 'The specified key does not exist.'),
        );
    res.status(200).type(found.contentType).set('content-length', String(found.body.length));
    for (const [name, value] of Object.entries(found.metadata))
      res.set(`x-amz-meta-${name}`, value);
    if (req.method === 'HEAD') return void res.end();
    res.send(found.body);
  });
  return { app, objects, received };
}

/** The object a PUT stores: its bytes, type and x-amz-meta-* metadata. */
function storedFrom(req: Request): StoredObject {
  const metadata = Object.fromEntries(
    Object.entries(req.headers)
      .filter(([name]) => name.startsWith('x-amz-meta-'))
      .map(([name, value]) => [name.slice(11), String(value)]),
  );
  return {
    body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
    contentType: req.get('content-type') ?? 'application/octet-stream',
    metadata,
  };
}

async function checkSignature(
  req: Request,
  signer: SignatureV4,
  accessKeyId: string,
): Promise<{ code: string; message: string } | undefined> {
  const authorization = req.get('authorization') ?? '';
  const parts = authorization.match(
    new RegExp(
      String.raw`^AWS4-HMAC-SHA256 Credential=([^/]+)/\d{8}/[^/]+/s3/aws4_request, ?` +
        String.raw`SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$`,
    ),
  );
  if (!parts)
    return { code: 'AccessDenied', message: 'Missing or malformed AWS Signature Version 4' };
  if (parts[1] !== accessKeyId)
    return {
      code: 'InvalidAccessKeyId',
      message: 'The AWS access key Id you provided does not exist in our records.',
    };
  const wrongPayload = payloadRefusal(req);
  if (wrongPayload) return wrongPayload;
  const signingDate = signingDateOf(req);
  if (!signingDate)
    return {
      code: 'RequestTimeTooSkewed',
      message: 'The difference between the request time and the current time is too large.',
    };
  const expected = await expectedSignature(req, signer, (parts[2] ?? '').split(';'), signingDate);
  const a = Buffer.from(expected);
  const b = Buffer.from(parts[3] ?? '');
  return a.length === b.length && timingSafeEqual(a, b)
    ? undefined
    : {
        code: 'SignatureDoesNotMatch',
        message: 'The request signature we calculated does not match the signature you provided.',
      };
}

/** A body whose declared SHA-256 is not its own. */
function payloadRefusal(req: Request) {
  const declared = req.get('x-amz-content-sha256') ?? '';
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (
    /^[0-9a-f]{64}$/.test(declared) &&
    createHash('sha256').update(body).digest('hex') !== declared
  )
    return {
      code: 'XAmzContentSHA256Mismatch',
      message: 'The provided x-amz-content-sha256 header does not match what was computed.',
    };
  return undefined;
}

/** When the request was signed (x-amz-date), if within 15 minutes of now. */
function signingDateOf(req: Request): Date | undefined {
  const amzDate = req.get('x-amz-date') ?? '';
  // 20261206T101500Z → 2026-12-06T10:15:00Z
  const signingDate = new Date(
    amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'),
  );
  const skew = Math.abs(Date.now() - signingDate.getTime());
  return Number.isNaN(signingDate.getTime()) || skew > 15 * 60_000 ? undefined : signingDate;
}

/** The signature the request should carry, computed by AWS's own signer over what it signed. */
async function expectedSignature(
  req: Request,
  signer: SignatureV4,
  signedHeaders: string[],
  signingDate: Date,
): Promise<string> {
  const headers = Object.fromEntries(signedHeaders.map((name) => [name, req.get(name) ?? '']));
  const [host, port] = (req.get('host') ?? '').split(':');
  const query: Record<string, string> = {};
  for (const [name, value] of new URL(req.originalUrl, 'http://x').searchParams)
    query[name] = value;
  const expected = await signer.sign(
    {
      method: req.method,
      protocol: 'http:',
      hostname: host ?? '',
      ...(port ? { port: Number(port) } : {}),
      path: req.path,
      query,
      headers,
      body: undefined,
    },
    { signingDate, unsignableHeaders: new Set(), signableHeaders: new Set(signedHeaders) },
  );
  return String(expected.headers.authorization ?? '').match(/Signature=([0-9a-f]{64})/)?.[1] ?? '';
}
