import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentAt, fileOf, keepingFiles } from '../src/contracts/contract-documents.rules.js';

const file = (id: string) => ({
  documentId: id,
  fileName: `${id}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'a'.repeat(64),
});

describe('the files of the Documentazione allegata', () => {
  it('keeps each file with the document of the same title, whatever its new place', () => {
    const before = [
      { title: 'Atto di adesione (modello)', file: file('atto') },
      { title: 'DPA', file: file('dpa') },
    ];
    const after = keepingFiles(before, [
      { title: 'Piano dei fabbisogni' },
      { title: 'DPA', description: 'Da firmare' },
    ]);
    assert.deepEqual(after, [
      { title: 'Piano dei fabbisogni' },
      { title: 'DPA', description: 'Da firmare', file: file('dpa') },
    ]);
  });

  it('refuses a document that is not listed, and a listed one without a file, each in Italian', () => {
    const documents = [{ title: 'DPA' }];
    assert.throws(() => documentAt(documents, 3), /non ha un documento numero 4/);
    assert.throws(() => fileOf(documents, 0), /Per «DPA» non è ancora disponibile un file/);
    assert.deepEqual(fileOf([{ title: 'DPA', file: file('dpa') }], 0), file('dpa'));
  });
});
