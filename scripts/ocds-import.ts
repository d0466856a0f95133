import { join } from 'node:path';
import { copyPublished } from './published-files.js';
import { defined } from '@app/platform/errors';

/**
 * Copies the OCDS 1.1.5 schemas and the extensions the catalog declares, unchanged, with their
 * hashes: the catalog's tests validate every release package against them. Usage: npm run
 * ocds:import -- <folder with checkouts: standard lots techniques draft> <commit of each, in that
 * order>
 */
export const ocdsExtensions = {
  lots: { repository: 'open-contracting-extensions/ocds_lots_extension', ref: 'v1.1.5' },
  techniques: {
    repository: 'open-contracting-extensions/ocds_techniques_extension',
    ref: 'master',
  },
  draft: { repository: 'open-contracting-extensions/ocds_1_2_draft_extension', ref: 'master' },
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder, ...commits] = process.argv.slice(2);
  if (!folder || commits.length !== 4) {
    console.error(
      'uso: npm run ocds:import -- <cartella con standard, lots, techniques, ' +
        'draft> <commit di ciascuno>',
    );
    process.exit(2);
  }
  const target = join(process.cwd(), 'services', 'catalog', 'ocds-schema');
  const extensionFiles = ['extension.json', 'release-schema.json'];
  const copied = copyPublished(target, [
    {
      repository: 'open-contracting/standard',
      ref: '1__1__5',
      commit: defined(commits[0]),
      checkout: join(folder, 'standard', 'schema'),
      files: ['release-schema.json', 'release-package-schema.json'],
      into: 'standard',
    },
    ...(['lots', 'techniques', 'draft'] as const).map((name, index) => ({
      ...ocdsExtensions[name],
      commit: defined(commits[index + 1]),
      checkout: join(folder, name),
      files: extensionFiles,
      into: name,
    })),
  ]);
  console.log(`${copied} file OCDS copiati in ${target}`);
}
