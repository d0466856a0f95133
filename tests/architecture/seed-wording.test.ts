import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { seedText } from '@app/platform/testing';

/** Every text the platform shows or answers: string literals of the code, the templates' words. */
function platformTexts(): { where: string; text: string }[] {
  const files = execFileSync(
    'git',
    ['ls-files', 'services/*/src/**', 'packages/*/src/**', 'web/src/**', '*.hbs'],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((file) => /\.(ts|hbs)$/.test(file) && !file.endsWith('.d.ts'));
  const texts: { where: string; text: string }[] = [];
  for (const file of files) {
    const content = readFileSync(file, 'utf8');
    if (file.endsWith('.hbs')) {
      for (const chunk of content.split(/\{\{[^}]*\}\}|<[^>]*>/))
        texts.push({ where: file, text: chunk.replace(/\s+/g, ' ').trim() });
      continue;
    }
    const scanner = ts.createScanner(
      ts.ScriptTarget.Latest,
      true,
      ts.LanguageVariant.Standard,
      content,
    );
    for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan())
      if (
        kind === ts.SyntaxKind.StringLiteral ||
        kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral
      )
        texts.push({ where: file, text: scanner.getTokenValue().replace(/\s+/g, ' ').trim() });
  }
  return texts.filter(({ text }) => text.length >= 12 && /[a-zà-ù]/i.test(text));
}

const seeds = [0, 1, 2, 3, 4].map(seedText);

describe('the seeds’ wording, character for character', () => {
  test('a text the seeds also write is written with the seeds’ apostrophes', () => {
    const bent = platformTexts().flatMap(({ where, text }) => {
      const typographic = text.replace(/'/g, '’');
      const straight = text.replace(/’/g, "'");
      const seedHasOther = (other: string) =>
        other !== text && seeds.some((seed) => seed.includes(other) && !seed.includes(text));
      return seedHasOther(typographic) || seedHasOther(straight) ? [`${where}: «${text}»`] : [];
    });
    assert.deepEqual(bent, []);
  });
});
