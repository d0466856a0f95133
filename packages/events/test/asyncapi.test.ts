import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';
import { stringify } from 'yaml';
import { buildAsyncApi, serviceNames } from '../src/index.js';

const committed = new URL('../../../docs/asyncapi.yaml', import.meta.url);

test('when the AsyncAPI document is built, then @asyncapi/parser validates it with no errors', async () => {
  const { document, diagnostics } = await new Parser().parse(JSON.stringify(buildAsyncApi()));
  const errors = diagnostics.filter((d) => d.severity === 0);
  assert.deepEqual(
    errors.map((e) => `${e.path.join('.')}: ${e.message}`),
    [],
  );
  assert.ok(document);
  const addresses = document
    .channels()
    .all()
    .map((channel) => channel.address());
  for (const service of serviceNames) {
    assert.ok(addresses.includes(service), `queue of ${service}`);
    assert.ok(addresses.includes(`${service}.dlq`), `dead letters of ${service}`);
  }
  assert.ok(addresses.includes('events'));
});

test('when docs/asyncapi.yaml is read, then it is the document the code builds (regenerate with npm run asyncapi)', async () => {
  assert.equal(await readFile(committed, 'utf8'), stringify(buildAsyncApi()));
});
