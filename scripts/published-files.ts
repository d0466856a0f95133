import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * One published repository the project keeps files of: where it lives and which version was read.
 */
export interface PublishedSource {
  repository: string;
  ref: string;
  commit: string;
  checkout: string;
  files: string[];
  into?: string;
}

/**
 * Copies files published by others (ANAC, the Open Contracting Partnership) unchanged into a folder
 * of the project and writes manifest.json with each file's SHA-256 and where it came from; a test
 * of the project refuses any file that no longer matches, so none is ever edited by hand.
 */
export function copyPublished(target: string, sources: PublishedSource[]): number {
  const files: Record<string, string> = {};
  for (const source of sources) {
    for (const file of source.files) {
      const destination = join(source.into ?? '', file);
      mkdirSync(dirname(join(target, destination)), { recursive: true });
      copyFileSync(join(source.checkout, file), join(target, destination));
      files[destination] = createHash('sha256')
        .update(readFileSync(join(target, destination)))
        .digest('hex');
    }
  }
  const manifest = {
    sources: sources.map(({ repository, ref, commit, into }) => ({
      repository,
      ref,
      commit,
      folder: into ?? '.',
    })),
    files,
  };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return Object.keys(files).length;
}

/** The SHA-256 of each file the manifest lists that no longer matches it. */
export function changedPublished(target: string): string[] {
  const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as {
    files: Record<string, string>;
  };
  return Object.entries(manifest.files)
    .filter(
      ([file, sha256]) =>
        createHash('sha256')
          .update(readFileSync(join(target, file)))
          .digest('hex') !== sha256,
    )
    .map(([file]) => file);
}
