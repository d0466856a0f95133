import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, defined } from '@app/platform/errors';
import { createTestAuthority } from '@app/platform/testing';
import {
  opensslSigningFixtures,
  simplePdf,
  type OpensslFixtures,
} from './testing/signing-fixtures.js';
import { signCades } from './cades-signer.js';
import { inspectDocument } from './document-inspection.js';
import { trustListFromPem, type TrustList } from './trust-list.js';

const refusedWith = (code: string) => (error: unknown) =>
  error instanceof AppError && error.code === code;

describe('documents: what an upload is and who signed it', () => {
  let fixtures: OpensslFixtures;
  let trust: TrustList;
  const pdf = simplePdf('Manifestazione di interesse alla proroga');

  before(() => {
    fixtures = opensslSigningFixtures();
    // Formats and integrity here: openssl's signers name no revocation service and carry no time-stamp,
    // which signature-lifecycle.test.ts covers with the authority's own services.
    trust = trustListFromPem(fixtures.caPem, {
      policy: { timestamp: 'optional', revocation: 'when-named' },
    });
  });
  after(() => fixtures.close());

  test('when a PDF is signed in CAdES by a trusted signer, then the signer, the fiscal code and the signing time are reported', async () => {
    const p7m = fixtures.signer('RSSMRA80A01H501U', 'Mario Rossi').cades(pdf);
    const inspected = await inspectDocument(p7m, { signatureRequired: true, trust });
    assert.equal(inspected.contentType, 'application/pkcs7-mime');
    assert.equal(inspected.signature?.format, 'CAdES');
    assert.equal(inspected.signature?.signerFiscalCode, 'RSSMRA80A01H501U');
    assert.equal(inspected.signature?.signerName, 'Mario Rossi');
    assert.ok(
      Math.abs(Date.parse(defined(defined(inspected.signature).signingTime)) - Date.now()) <
        120_000,
    );
    assert.match(inspected.sha256, /^[0-9a-f]{64}$/);
  });

  test('when the same envelope arrives as base64 text or wrapped twice, then it is still read', async () => {
    const signer = fixtures.signer('BNCGNN75C12F205Z', 'Giovanni Bianchi');
    const p7m = signer.cades(pdf);
    const base64 = Buffer.from(p7m.toString('base64').replace(/.{64}/g, '$&\n'));
    assert.equal(
      (await inspectDocument(base64, { signatureRequired: true, trust })).signature
        ?.signerFiscalCode,
      'BNCGNN75C12F205Z',
    );
    const twice = signer.cades(p7m);
    assert.equal(
      (await inspectDocument(twice, { signatureRequired: true, trust })).signature
        ?.signerFiscalCode,
      'BNCGNN75C12F205Z',
    );
  });

  test('when a PAdES PDF is signed by a trusted signer, then it verifies; when a byte is changed, then it is refused', async () => {
    const signed = fixtures.signer('VRDLGU60M01D612K', 'Luigi Verdi').pades('Atto di adesione');
    const inspected = await inspectDocument(signed, { signatureRequired: true, trust });
    assert.equal(inspected.contentType, 'application/pdf');
    assert.equal(inspected.signature?.format, 'PAdES');
    assert.equal(inspected.signature?.signerFiscalCode, 'VRDLGU60M01D612K');
    const tampered = Buffer.from(signed);
    tampered[tampered.indexOf('Atto di adesione')] = 'X'.charCodeAt(0);
    await assert.rejects(
      inspectDocument(tampered, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_INVALID'),
    );
  });

  test('when content is appended after a PAdES signature, then the byte range no longer covers the file and it is refused', async () => {
    const signed = fixtures.signer('VRDLGU60M01D612K', 'Luigi Verdi').pades('Atto di adesione');
    const appended = Buffer.concat([
      signed,
      Buffer.from('1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n'),
    ]);
    await assert.rejects(
      inspectDocument(appended, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_INVALID'),
    );
  });

  test('when a byte of the signed PDF inside a .p7m is changed, then the signature is refused as altered', async () => {
    const p7m = fixtures.signer('RSSMRA80A01H501U', 'Mario Rossi').cades(pdf);
    const tampered = Buffer.from(p7m);
    tampered[tampered.indexOf('Manifestazione')] = 'm'.charCodeAt(0);
    await assert.rejects(
      inspectDocument(tampered, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_INVALID'),
    );
  });

  test('when the signer chains to an authority not on the trust list, then it is refused; where no signature is required, the file is kept with the problem noted', async () => {
    const p7m = fixtures.stranger.cades(pdf);
    await assert.rejects(
      inspectDocument(p7m, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_UNTRUSTED'),
    );
    const kept = await inspectDocument(p7m, { signatureRequired: false, trust });
    assert.equal(kept.signature, null);
    assert.match(defined(kept.signatureProblem), /autorità di certificazione riconosciuta/);
  });

  test('when a signature is required and the PDF is not signed, then it is refused; when not required, it is accepted', async () => {
    await assert.rejects(
      inspectDocument(pdf, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_REQUIRED'),
    );
    const accepted = await inspectDocument(pdf, { signatureRequired: false, trust });
    assert.equal(accepted.contentType, 'application/pdf');
    assert.equal(accepted.signature, null);
  });

  test('when the bytes are not a PDF (a renamed image, a truncated PDF, a signed text file), then each is refused with its reason', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await assert.rejects(
      inspectDocument(png, { signatureRequired: false, trust }),
      refusedWith('DOCUMENT_TYPE_NOT_ALLOWED'),
    );
    await assert.rejects(
      inspectDocument(pdf.subarray(0, 200), { signatureRequired: false, trust }),
      refusedWith('DOCUMENT_NOT_PDF'),
    );
    const signedText = fixtures
      .signer('RSSMRA80A01H501U', 'Mario Rossi')
      .cades(Buffer.from('solo testo, non un PDF'));
    await assert.rejects(
      inspectDocument(signedText, { signatureRequired: true, trust }),
      refusedWith('DOCUMENT_NOT_PDF'),
    );
  });

  test('when the platform signs in CAdES (npm run sign), then openssl verifies the envelope against its CA, and so do we, against that CA only', async () => {
    const authority = await createTestAuthority('CN=Demo CA');
    const person = await authority.issue({
      subject: 'C=IT, CN=Lucia Neri, 2.5.4.5=TINIT-NRELCU85T41D612P',
    });
    const p7m = await signCades(pdf, {
      certificatePem: person.certificatePem,
      privateKeyPem: person.privateKeyPem,
      chainPem: authority.certificatePem,
    });
    const dir = mkdtempSync(join(tmpdir(), 'cades-'));
    try {
      writeFileSync(join(dir, 'ca.pem'), authority.certificatePem);
      writeFileSync(join(dir, 'doc.p7m'), p7m);
      const extracted = execFileSync(
        'openssl',
        [
          'cms',
          '-verify',
          '-inform',
          'DER',
          '-in',
          join(dir, 'doc.p7m'),
          '-CAfile',
          join(dir, 'ca.pem'),
          '-purpose',
          'any',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      assert.ok(extracted.equals(pdf), 'openssl extracts the signed PDF unchanged');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await assert.rejects(
      inspectDocument(p7m, { signatureRequired: true, trust }),
      refusedWith('SIGNATURE_UNTRUSTED'),
    );
    const own = await inspectDocument(p7m, {
      signatureRequired: true,
      trust: trustListFromPem(authority.certificatePem, {
        policy: { timestamp: 'optional', revocation: 'when-named' },
      }),
    });
    assert.equal(own.signature?.signerFiscalCode, 'NRELCU85T41D612P');
  });
});
