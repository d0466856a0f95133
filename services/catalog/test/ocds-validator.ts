import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

/** Validates a release package against the catalog's OCDS 1.1 release package schema. */
export function ocdsValidator() {
  const schema = JSON.parse(readFileSync(new URL('../src/ocds/release-package.schema.json', import.meta.url), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
