import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { codeMetrics, limits, limitsReport } from '../../scripts/code-metrics.js';

/**
 * Functions that were over the limit when the check came, with their length then: each may only
 * shrink, and leaves the list once it is within the limit (the test says when). Nothing is added.
 */
const baselineFile = 'tests/architecture/function-limit-baseline.json';
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, number>;

describe('the limits of DESIGN.md §8 over every workspace', () => {
  const metrics = codeMetrics();
  const { functionLines, lineCharacters } = limits;
  const tooLong = metrics.functions.filter((fn) => fn.lines > functionLines.most);

  test('the figures are reported', () => {
    console.log(limitsReport(metrics));
    assert.ok(metrics.files > 300, 'every workspace is read');
  });

  test(`when a line is over ${lineCharacters.most} characters, then the check fails`, () => {
    assert.deepEqual(
      metrics.longLines.filter((line) => line.characters > lineCharacters.most),
      [],
    );
  });

  test(`when a function is over ${functionLines.most} lines, then it is one of the recorded ones and no longer than then`, () => {
    const grown = tooLong.filter((fn) => !(fn.id in baseline) || fn.lines > (baseline[fn.id] ?? 0));
    assert.deepEqual(
      grown.map((fn) => `${fn.id}:${fn.line} (${fn.lines} lines)`),
      [],
    );
  });

  test('when a recorded function is within the limit, then it leaves the list', () => {
    const still = new Set(tooLong.map((fn) => fn.id));
    assert.deepEqual(
      Object.keys(baseline).filter((id) => !still.has(id)),
      [],
      `remove these from ${baselineFile}`,
    );
  });

  test('the services have none over the limit, and their SQL is in their stores', () => {
    assert.deepEqual(
      tooLong.filter((fn) => fn.id.startsWith('services/')),
      [],
    );
    assert.deepEqual(metrics.sqlOutsideStores, []);
  });
});
