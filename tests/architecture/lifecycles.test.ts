import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { lifecyclePage, lifecycles, lifecyclesFile } from '../../scripts/lifecycle-page.js';
import { filesUnder } from './files-under.js';

describe('declared lifecycles', () => {
  test('docs/lifecycles.md is the page the declarations generate (npm run docs:lifecycles)', () => {
    assert.equal(readFileSync(lifecyclesFile, 'utf8'), `${lifecyclePage()}\n`);
  });

  test('no service of a declared lifecycle writes one of its states by hand outside its rules', () => {
    for (const { file, lifecycle } of lifecycles) {
      const states = Object.keys(lifecycle.states)
        .map((state) => state.replaceAll('-', '\\-'))
        .join('|');
      const assigned = new RegExp(
        `\\b(status|state|to): '(${states})'|SET (status|state) = '(${states})'`,
      );
      const capability = dirname(file);
      const found = filesUnder(
        capability,
        (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.rules.ts'),
      )
        .flatMap((path) =>
          readFileSync(path, 'utf8')
            .split('\n')
            .map((line, index) => ({ path, line: index + 1, text: line })),
        )
        .filter(({ text }) => assigned.test(text));
      assert.deepEqual(
        found.map(({ path, line, text }) => `${path}:${line}: ${text.trim()}`),
        [],
        `${lifecycle.entity}: states are reached through takeStep`,
      );
    }
  });
});
