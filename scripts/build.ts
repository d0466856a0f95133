// `npm run build`: the platform as JavaScript in dist/full (every workspace, the simulators and
// benches included: the simulators' image for compose's dev profile) and dist/production (the tree
// the production image runs: no simulator, bench or development script). The TypeScript compiler
// writes every workspace's src (and the scripts) beside each other as they are in the repository,
// so paths a module finds from its own location (templates, views, ANAC's files) still hold; the
// files that are not code are copied, and each package.json points at .js instead of .ts.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = process.cwd();
const out = join(root, 'dist/full');

rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
  { stdio: 'inherit' },
);

/**
 * The project's files (no dependencies, data or earlier builds): an image's build context has no
 * .git.
 */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (['node_modules', 'dist', '.data', '.git'].includes(entry)) return [];
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(root, path)];
  });
}
const tracked = filesUnder(root);
const workspaces = /^(packages|services|simulators)\/[^/]+\/|^(gateway|web|bench)\//;
const assets = tracked.filter(
  (file) =>
    workspaces.test(file) &&
    !file.endsWith('.ts') &&
    !/\/test\//.test(file) &&
    !file.endsWith('package.json'),
);
for (const file of assets) {
  mkdirSync(dirname(join(out, file)), { recursive: true });
  cpSync(join(root, file), join(out, file));
}

/** Every package.json, its entry points turned from src/*.ts to the compiled src/*.js. */
const manifests = [
  'package.json',
  ...tracked.filter(
    (file) => workspaces.test(file) && /^[^/]+(\/[^/]+)?\/package\.json$/.test(file),
  ),
];
for (const file of manifests) {
  const text = readFileSync(join(root, file), 'utf8').replace(/(\.\/src\/[^"]*?)\.ts"/g, '$1.js"');
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), text);
}
cpSync(join(root, 'package-lock.json'), join(out, 'package-lock.json'));
cpSync(join(root, 'demo'), join(out, 'demo'), { recursive: true });
console.log(
  `dist/full: ${assets.length} files beside the compiled code, ${manifests.length} ` +
    `package manifests`,
);

// The production tree: the platform's workspaces, and of the scripts only the jobs the image runs
// (migrations, key rotation, dead-letter replay) with what they import.
const production = join(root, 'dist/production');
const jobs = ['scripts/migrate.js', 'scripts/rotate-keys.js', 'scripts/replay-dead-letters.js'];
const neededScripts = new Set<string>();
const visit = (file: string) => {
  if (neededScripts.has(file)) return;
  neededScripts.add(file);
  for (const [, imported] of readFileSync(join(out, file), 'utf8').matchAll(
    /from '\.\/([^']+\.js)'/g,
  ))
    visit(`scripts/${imported}`);
};
jobs.forEach(visit);
const toolsOnly = /^(simulators|bench)(\/|$)/;
cpSync(out, production, {
  recursive: true,
  filter: (source) => {
    const path = relative(out, source);
    if (toolsOnly.test(path) || path === 'demo' || path.startsWith('demo/')) return false;
    return !(path.startsWith('scripts/') && !neededScripts.has(path));
  },
});
const rootManifest = JSON.parse(readFileSync(join(production, 'package.json'), 'utf8')) as {
  workspaces: string[];
  devDependencies?: object;
  scripts?: object;
};
rootManifest.workspaces = rootManifest.workspaces.filter((workspace) => !toolsOnly.test(workspace));
delete rootManifest.devDependencies;
delete rootManifest.scripts;
writeFileSync(join(production, 'package.json'), `${JSON.stringify(rootManifest, null, 2)}\n`);
console.log(`dist/production: the platform and ${neededScripts.size} job scripts`);
