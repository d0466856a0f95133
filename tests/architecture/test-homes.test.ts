import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
