import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codeMetrics, limits, limitsReport } from '../../scripts/code-metrics.js';

describe('the limits of DESIGN.md §8 over every workspace', () => {
  const metrics = codeMetrics();
  const { functionLines, lineCharacters } = limits;

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

  test(`when a function is over ${functionLines.most} lines, in any workspace, then the check fails`, () => {
    assert.deepEqual(
      metrics.functions
        .filter((fn) => fn.lines > functionLines.most)
        .map((fn) => `${fn.id}:${fn.line} (${fn.lines} lines)`),
      [],
    );
  });

  test('SQL is in the stores', () => {
    assert.deepEqual(metrics.sqlOutsideStores, []);
  });
});
