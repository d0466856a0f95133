import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  apiTypes,
  apiTypesFile,
  lintDocument,
  mergedDocument,
} from '../../scripts/api-document.js';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';

/** Issue "Conformance": the merged OpenAPI is lint-clean and the scripts' types are generated from it. */
describe('the merged OpenAPI of npm start', () => {
  let demo: DemoPlatform;
  let document: Record<string, unknown>;
  before(async () => {
    demo = await startDemoPlatform();
    document = await mergedDocument(demo.gateway);
  });
  after(() => demo.stop());

  test('when Redocly lints it with its recommended rules, then there is no error and no warning', async () => {
    const problems = await lintDocument(document);
    assert.deepEqual(
      problems.map(
        (problem) =>
          `${problem.severity} ${problem.ruleId}: ${problem.message} ${problem.location[0]?.pointer ?? ''}`,
      ),
      [],
    );
  });

  test('when every operation is listed, then each has a unique operationId, a 4xx answer and, if not public, the bearer scheme', () => {
    const operations = Object.values(
      document.paths as Record<
        string,
        Record<
          string,
          { operationId: string; responses: Record<string, unknown>; security?: unknown[] }
        >
      >,
    ).flatMap((methods) => Object.values(methods));
    const ids = operations.map((operation) => operation.operationId);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(
      operations.every((operation) =>
        Object.keys(operation.responses).some((status) => /^4\d\d$/.test(status)),
      ),
    );
    assert.ok(
      operations.every(
        (operation) =>
          operation.security?.length === 0 || JSON.stringify(operation.security).includes('bearer'),
      ),
    );
  });

  test('when the types are generated from it, then they are the ones the end-to-end scripts are compiled against (npm run api:types)', async () => {
    assert.equal(
      readFileSync(apiTypesFile, 'utf8'),
      await apiTypes(document),
      'regenerate with npm run api:types and fix what no longer compiles',
    );
  });
});
