import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppError, defined } from '@app/platform/errors';
import { createTestAuthority, testDatabaseUrl, uniqueName } from '@app/platform/testing';
import {
  createQualifiedCaSimulator,
  type DemoSigner,
  type QualifiedCaSimulator,
} from '@app/sim-qualified-ca';
import * as pkijs from 'pkijs';
import {
  addSignatureTimestamp,
  Documents1764200000000,
  DocumentSignatureStatus1766200000000,
  inspectDocument,
  postgresDocumentStore,
  recheckPendingSignatures,
  signCades,
  trustListFromPem,
  type TrustList,
} from '@app/signed-documents';
import { simplePdf } from '@app/signed-documents/testing';

const refusedWith = (code: string) => (error: unknown) =>
  error instanceof AppError && error.code === code;

async function startAuthority(
  name: string,
): Promise<{ sim: QualifiedCaSimulator; caPem: string; server: Server; url: string }> {
  const authority = await createTestAuthority(`CN=${name}, O=Prova, C=IT`);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sim = await createQualifiedCaSimulator({ authority, baseUrl: url });
  server.on('request', sim.app);
  return { sim, caPem: authority.certificatePem, server, url };
}

describe('signatures: revocation asked of the authority, time vouched for by a time-stamp', () => {
  let ca: Awaited<ReturnType<typeof startAuthority>>;
  let stranger: Awaited<ReturnType<typeof startAuthority>>;
  let trust: TrustList;
  let signer: DemoSigner;
  const pdf = simplePdf('Scheda di sintesi ordinativo di fornitura');
  const signed = async (who: DemoSigner, tsa = ca.sim.urls.tsa) =>
    addSignatureTimestamp(await signCades(pdf, who), tsa);

  before(async () => {
    ca = await startAuthority('Certificatore Qualificato di Prova');
    stranger = await startAuthority('Marcatore Estraneo');
    trust = trustListFromPem(ca.caPem);
    signer = await ca.sim.issueSigner({
      fiscalCode: 'RSSMRA80A01H501U',
      displayName: 'Mario Rossi',
    });
  });
  after(() => {
    for (const { server } of [ca, stranger]) {
      server.closeAllConnections();
      server.close();
    }
  });

  test('when a signature carries a time-stamp and the authority answers "good", then it is valid, dated by the time-stamp, with the answer noted', async () => {
    const inspected = await inspectDocument(await signed(signer), {
      signatureRequired: true,
      trust,
    });
    assert.equal(inspected.signatureStatus, 'valida');
    assert.equal(inspected.signature?.signerFiscalCode, 'RSSMRA80A01H501U');
    assert.equal(
      inspected.signature?.timestamp?.authority,
      'Servizio di marcatura temporale dimostrativo',
    );
    assert.ok(
      Math.abs(Date.parse(defined(defined(inspected.signature).timestamp).time) - Date.now()) <
        60_000,
    );
    assert.equal(inspected.signature?.revocation?.source, 'OCSP');
  });

  test('when a signature has no time-stamp, then it is refused where one is required, and accepted only under a policy that does not ask for one', async () => {
    const untimestamped = await signCades(pdf, signer);
    await assert.rejects(
      inspectDocument(untimestamped, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_NOT_TIMESTAMPED'),
    );
    const lenient = trustListFromPem(ca.caPem, { policy: { timestamp: 'optional' } });
    assert.equal(
      (await inspectDocument(untimestamped, { signatureRequired: true, trust: lenient }))
        .signatureStatus,
      'valida',
    );
  });

  test('when the certificate was revoked before the signature, then it is refused; where no signature was required, it is kept as «non valida»', async () => {
    const revokedSigner = await ca.sim.issueSigner({
      fiscalCode: 'BNCGNN75C12F205Z',
      displayName: 'Giovanni Bianchi',
    });
    ca.sim.revoke(revokedSigner.serial, new Date(Date.now() - 60_000));
    const document = await signed(revokedSigner);
    await assert.rejects(
      inspectDocument(document, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_REVOKED'),
    );
    const kept = await inspectDocument(document, { signatureRequired: false, trust });
    assert.equal(kept.signatureStatus, 'non valida');
    assert.match(defined(kept.signatureProblem), /revocato o sospeso/);
  });

  test('when the certificate is revoked after the time-stamp, then the signature made while it held still stands; without a time-stamp it would not', async () => {
    const later = await ca.sim.issueSigner({
      fiscalCode: 'VRDLGU60M01D612K',
      displayName: 'Luigi Verdi',
    });
    const document = await signed(later);
    const untimestamped = await signCades(pdf, later);
    ca.sim.revoke(later.serial, new Date(Date.now() + 2_000));
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    assert.equal(
      (await inspectDocument(document, { signatureRequired: true, trust })).signatureStatus,
      'valida',
    );
    const lenient = trustListFromPem(ca.caPem, { policy: { timestamp: 'optional' } });
    await assert.rejects(
      inspectDocument(untimestamped, { signatureRequired: true, trust: lenient }),
      refusedWith('SIGNATURE_REVOKED'),
    );
  });

  test('when the certificate had expired at the time-stamp, then it is refused; when it expired after, the time-stamp keeps the signature valid', async () => {
    const expired = await ca.sim.issueSigner(
      { fiscalCode: 'NRELCU85T41D612P', displayName: 'Lucia Neri' },
      {
        notBefore: new Date(Date.now() - 10 * 86_400_000),
        notAfter: new Date(Date.now() - 86_400_000),
      },
    );
    await assert.rejects(
      inspectDocument(await signed(expired), { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_UNTRUSTED'),
    );
    const shortLived = await ca.sim.issueSigner(
      { fiscalCode: 'GLLPLA70A41F205X', displayName: 'Paola Galli' },
      { notAfter: new Date(Date.now() + 3_000) },
    );
    const document = await signed(shortLived);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    assert.equal(
      (await inspectDocument(document, { signatureRequired: true, trust })).signatureStatus,
      'valida',
    );
  });

  test('when the time-stamp comes from an authority nobody trusts, or was made for another signature, then it is refused', async () => {
    await assert.rejects(
      inspectDocument(await signed(signer, stranger.sim.urls.tsa), {
        signatureRequired: true,
        trust,
      }),
      refusedWith('SIGNATURE_TIMESTAMP_INVALID'),
    );
    // The token of one signature moved onto another: its imprint no longer matches.
    const donor = await signed(signer);
    const other = await signCades(simplePdf('Un altro documento'), signer);
    const donorSigner = defined(
      new pkijs.SignedData({
        schema: pkijs.ContentInfo.fromBER(new Uint8Array(donor)).content,
      }).signerInfos[0],
    );
    const target = new pkijs.SignedData({
      schema: pkijs.ContentInfo.fromBER(new Uint8Array(other)).content,
    });
    defined(target.signerInfos[0]).unsignedAttrs = donorSigner.unsignedAttrs;
    const moved = Buffer.from(
      new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: target.toSchema(true) })
        .toSchema()
        .toBER(),
    );
    await assert.rejects(
      inspectDocument(moved, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_TIMESTAMP_INVALID'),
    );
  });

  test('when the OCSP responder is down, then the CRL answers; a certificate on the CRL is refused', async () => {
    ca.sim.faults.ocsp = true;
    try {
      const inspected = await inspectDocument(await signed(signer), {
        signatureRequired: true,
        trust,
      });
      assert.equal(inspected.signature?.revocation?.source, 'CRL');
      const listed = await ca.sim.issueSigner({
        fiscalCode: 'FRRLCU80A01H501Z',
        displayName: 'Luca Ferri',
      });
      ca.sim.revoke(listed.serial, new Date(Date.now() - 60_000));
      // A fresh list: the one kept from the previous answer is valid until its nextUpdate.
      const fresh = trustListFromPem(ca.caPem);
      await assert.rejects(
        inspectDocument(await signed(listed), { signatureRequired: true, trust: fresh }),
        refusedWith('SIGNATURE_REVOKED'),
      );
    } finally {
      ca.sim.faults.ocsp = false;
    }
  });

  test('when a certificate names no OCSP responder nor CRL, then a qualified signature is refused', async () => {
    const bare = await createTestAuthority('CN=Autorità senza revoca');
    const person = await bare.issue({
      subject: 'C=IT, CN=Anna Blu, 2.5.4.5=TINIT-BLUNNA80A41H501Y',
      signing: true,
    });
    const document = await signCades(pdf, { ...person, chainPem: bare.certificatePem });
    const policy = { timestamp: 'optional' as const };
    await assert.rejects(
      inspectDocument(document, {
        signatureRequired: true,
        trust: trustListFromPem(bare.certificatePem, { policy }),
      }),
      refusedWith('SIGNATURE_NO_REVOCATION_SOURCE'),
    );
  });

  test('when neither OCSP nor CRL can be reached, then the document waits «verifica in corso», is never accepted meanwhile, and the recheck settles it once they answer', async () => {
    const schema = uniqueName('firme');
    const dataSource = new DataSource({
      type: 'postgres',
      url: testDatabaseUrl(),
      schema,
      migrations: [Documents1764200000000, DocumentSignatureStatus1766200000000],
      extra: { options: `-c search_path=${schema}` },
      migrationsTableName: 'migrations',
    });
    await dataSource.initialize();
    try {
      await dataSource.query(`CREATE SCHEMA ${schema}`);
      await dataSource.runMigrations();
      const store = postgresDocumentStore();
      const fresh = trustListFromPem(ca.caPem);
      const bytes = await signed(signer);
      Object.assign(ca.sim.faults, { ocsp: true, crl: true });
      const inspected = await inspectDocument(bytes, { signatureRequired: true, trust: fresh });
      assert.equal(inspected.signatureStatus, 'verifica in corso');
      assert.match(defined(inspected.signatureProblem), /Verifica della revoca in corso/);
      const stored = await store.save(dataSource.manager, {
        fileName: 'scheda.pdf.p7m',
        bytes,
        inspected,
        uploadedBy: 'prova',
      });
      assert.equal(stored.signatureStatus, 'verifica in corso');
      const recheck = recheckPendingSignatures(dataSource, store, fresh);
      assert.deepEqual(await recheck(), { checked: 1, verified: 0, refused: 0, stillPending: 1 });
      Object.assign(ca.sim.faults, { ocsp: false, crl: false });
      assert.deepEqual(await recheck(), { checked: 1, verified: 1, refused: 0, stillPending: 0 });
      assert.equal(
        defined(await store.read(dataSource.manager, stored.id)).document.signatureStatus,
        'valida',
      );
      assert.deepEqual(await recheck(), { checked: 0, verified: 0, refused: 0, stillPending: 0 });
    } finally {
      Object.assign(ca.sim.faults, { ocsp: false, crl: false });
      await dataSource.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await dataSource.destroy();
    }
  });

  test('when openssl asks the simulated authority, then its OCSP answer, its CRL and its time-stamp verify with openssl too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsp-'));
    // Asynchronously: the simulator answering openssl runs in this very process.
    const openssl = async (...args: string[]) => {
      const { stdout, stderr } = await promisify(execFile)('openssl', args, { cwd: dir });
      return `${stdout}${stderr}`;
    };
    try {
      writeFileSync(join(dir, 'ca.pem'), ca.caPem);
      writeFileSync(join(dir, 'signer.pem'), signer.certificatePem);
      writeFileSync(join(dir, 'tsa.pem'), ca.sim.tsaCertificatePem);
      const ocsp = await openssl(
        'ocsp',
        '-issuer',
        'ca.pem',
        '-cert',
        'signer.pem',
        '-url',
        ca.sim.urls.ocsp,
        '-CAfile',
        'ca.pem',
      );
      assert.match(ocsp, /signer\.pem: good/);
      writeFileSync(
        join(dir, 'ca.crl'),
        Buffer.from(await (await fetch(ca.sim.urls.crl)).arrayBuffer()),
      );
      assert.match(
        await openssl('crl', '-inform', 'DER', '-in', 'ca.crl', '-CAfile', 'ca.pem', '-noout'),
        /verify OK/,
      );
      writeFileSync(join(dir, 'data.bin'), pdf);
      await openssl('ts', '-query', '-data', 'data.bin', '-sha256', '-cert', '-out', 'req.tsq');
      const reply = await fetch(ca.sim.urls.tsa, {
        method: 'POST',
        headers: { 'content-type': 'application/timestamp-query' },
        body: new Uint8Array(readFileSync(join(dir, 'req.tsq'))),
      });
      writeFileSync(join(dir, 'reply.tsr'), Buffer.from(await reply.arrayBuffer()));
      assert.match(
        await openssl(
          'ts',
          '-verify',
          '-in',
          'reply.tsr',
          '-queryfile',
          'req.tsq',
          '-CAfile',
          'ca.pem',
          '-untrusted',
          'tsa.pem',
        ),
        /Verification: OK/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
