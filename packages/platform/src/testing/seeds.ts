import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the seeds are: the manuals of the systems the platform replaces, beside the repository. */
export const seedsFolder = join(process.cwd(), '..', 'shared', 'seeds');

/**
 * A seed's text with its layout undone: the manuals come from PDFs, where a sentence is broken
 * across lines and padded with spaces; the words and their characters are kept as they are.
 */
export function seedText(seed: number): string {
  const prefix = String(seed).padStart(3, '0');
  const file = readdirSync(seedsFolder).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`seed ${prefix} is not in ${seedsFolder}`);
  return readFileSync(join(seedsFolder, file), 'utf8').replace(/\s+/g, ' ');
}

/**
 * The seed's own sentence from its first words to its last, character for character (apostrophes,
 * accents and punctuation as the seed writes them): what a test compares a message with.
 */
export function seedSentence(seed: number, from: string, to: string): string {
  const text = seedText(seed);
  const start = text.indexOf(from);
  const end = start < 0 ? -1 : text.indexOf(to, start);
  if (start < 0 || end < 0)
    throw new Error(`seed ${seed} has no sentence from «${from}» to «${to}»`);
  return text.slice(start, end + to.length);
}
