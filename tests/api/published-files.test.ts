import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedPublished } from '../../scripts/published-files.js';

const folders = [join('simulators', 'anac-pcp', 'npa'), join('services', 'catalog', 'ocds-schema')];

for (const folder of folders) {
  test(`when the files published by others in ${folder} are read, then each is byte for byte the copy its manifest records`, () => {
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
      sources: { commit: string }[];
      files: Record<string, string>;
    };
    assert.ok(
      manifest.sources.every((source) => /^[0-9a-f]{40}$/.test(source.commit)),
      'each source names the commit it was read at',
    );
    assert.ok(Object.keys(manifest.files).length > 0);
    assert.deepEqual(changedPublished(folder), []);
  });
}
