import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { filesUnder } from './files-under.js';

const testsUnder = (folder: string) => filesUnder(folder, (name) => name.endsWith('.test.ts'));

/** Where a test lives says what it tests: a service's own tests beside it, stories across services in tests/. */
describe('one home per kind of test', () => {
  test("no test lives among the scripts, and a service's tests (its rules' too) live in its test folder", () => {
    assert.deepEqual(testsUnder('scripts'), []);
    const ofServices = testsUnder('services');
    assert.ok(ofServices.length > 30, 'every service has tests');
    assert.deepEqual(
      ofServices.filter((path) => !/^services\/[^/]+\/test\//.test(path)),
      [],
    );
  });
});

/** A rules file with something to run (a function, a lifecycle, a schema); one of types and refusal codes only has nothing. */
const runsSomething = (text: string) =>
  /export (async )?function |export const \w+ = (\(|<|async )|defineLifecycle\(|z\.(strict)?[oO]bject\(/.test(
    text,
  );

describe('every rule has its unit test', () => {
  test("when a service's rules file holds a rule, then one of its *.rules.test.ts files imports it", () => {
    const rulesFiles = filesUnder('services', (name) => name.endsWith('.rules.ts')).filter((path) =>
      runsSomething(readFileSync(path, 'utf8')),
    );
    assert.ok(rulesFiles.length > 30);
    const untested = rulesFiles.filter((path) => {
      const [, service] = path.split('/');
      const unitTests = filesUnder(`services/${service}/test`, (name) =>
        name.endsWith('.rules.test.ts'),
      );
      const imported = `/${basename(path, '.ts')}.js'`;
      return !unitTests.some((test) => readFileSync(test, 'utf8').includes(imported));
    });
    assert.deepEqual(untested, []);
  });
});
