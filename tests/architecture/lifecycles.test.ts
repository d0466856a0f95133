import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lifecyclePage, lifecycles, lifecyclesFile } from '../../scripts/lifecycle-page.js';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('declared lifecycles', () => {
  test('docs/lifecycles.md is the page the declarations generate (npm run docs:lifecycles)', () => {
    assert.equal(readFileSync(lifecyclesFile, 'utf8'), `${lifecyclePage()}\n`);
  });

  test('no service of a declared lifecycle writes one of its states by hand outside its rules', () => {
    for (const { file, lifecycle } of lifecycles) {
      const states = Object.keys(lifecycle.states).map((state) => state.replaceAll('-', '\\-')).join('|');
      const assigned = new RegExp(`\\b(status|state|to): '(${states})'|SET (status|state) = '(${states})'`);
      const capability = dirname(file);
      const found = sourcesUnder(capability).filter((path) => !path.endsWith('.rules.ts'))
        .flatMap((path) => readFileSync(path, 'utf8').split('\n').map((line, index) => ({ path, line: index + 1, text: line })))
        .filter(({ text }) => assigned.test(text));
      assert.deepEqual(found.map(({ path, line, text }) => `${path}:${line}: ${text.trim()}`), [], `${lifecycle.entity}: states are reached through takeStep`);
    }
  });
});
