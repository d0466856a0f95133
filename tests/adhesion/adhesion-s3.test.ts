import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createObjectStore } from '@app/sim-object-store';
import { cloudLike, startHarness, type Harness } from './harness.js';

const credentials = {
  accessKeyId: 'negozio-adesioni',
  secretAccessKey: 'segreto-di-prova-del-negozio',
};

describe('adhesion documents in an S3-compatible store (DOCUMENT_STORE=s3)', () => {
  const store = createObjectStore({ ...credentials, region: 'eu-south-1', buckets: ['documenti'] });
  let server: Server;
  let h: Harness;
  let wrongKey: Harness;
  let contractId: string;

  before(async () => {
    server = createServer(store.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const s3 = {
      DOCUMENT_STORE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'documenti',
      S3_REGION: 'eu-south-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
    };
    h = await startHarness({ ...s3, S3_SECRET_ACCESS_KEY: credentials.secretAccessKey });
    wrongKey = await startHarness({ ...s3, S3_SECRET_ACCESS_KEY: 'un-altro-segreto' });
    contractId = await h.publishContract(cloudLike('7154112FF8', 100_000_00));
  });
  after(async () => {
    await h.stop();
    await wrongKey.stop();
    server.close();
  });

  test('when a signed document is uploaded, then its bytes are in the object store under the service prefix, its row holds only metadata, and it downloads unchanged', async () => {
    const draft = await (
      await h.call('buyerPrato', 'POST', `/api/v1/contracts/${contractId}/adhesions`, {
        ipotesi: 'A',
        amountCents: 1_000_00,
      })
    ).json();
    const uploaded = await h.upload('buyerPrato', draft.id, '0-1', h.signedPdf);
    assert.equal(uploaded.status, 200, await uploaded.clone().text());
    const { id } = await uploaded.json();
    assert.ok(store.objects.get(`documenti/adhesion/${id}`)?.body.equals(h.signedPdf));
    const [row] = await h.adhesion.deps.dataSource.query(
      'SELECT storage, content FROM documents WHERE id = $1',
      [id],
    );
    assert.deepEqual(row, { storage: 's3', content: null });
    const download = await h.call('buyerPrato', 'GET', `/api/v1/adhesions/${draft.id}/files/${id}`);
    assert.equal(download.headers.get('content-type'), 'application/pkcs7-mime');
    assert.ok(Buffer.from(await download.arrayBuffer()).equals(h.signedPdf));
  });

  test('when the store refuses the signature (wrong secret), then 502 with a clear message and no document row', async () => {
    const otherContract = await wrongKey.publishContract(cloudLike('7154112FF8', 100_000_00));
    const draft = await (
      await wrongKey.call('buyerPrato', 'POST', `/api/v1/contracts/${otherContract}/adhesions`, {
        ipotesi: 'A',
        amountCents: 1_000_00,
      })
    ).json();
    const before = store.objects.size;
    const refused = await wrongKey.upload('buyerPrato', draft.id, '0-1', wrongKey.signedPdf);
    assert.equal(refused.status, 502);
    assert.match((await refused.json()).detail, /Nulla è stato salvato/);
    assert.equal(store.objects.size, before);
    const [{ n }] = await wrongKey.adhesion.deps.dataSource.query(
      'SELECT count(*)::int AS n FROM documents',
    );
    assert.equal(n, 0);
  });
});
