import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, type SourceFile, type Workspace } from './dependency-rules.js';

const kindOf = (folder: string): Workspace['kind'] => {
  if (folder.startsWith('services/')) return 'service';
  if (folder.startsWith('simulators/')) return 'simulator';
  if (folder === 'gateway') return 'gateway';
  if (folder === 'bench') return 'bench';
  if (folder === 'web') return 'portal';
  return 'package';
};

const tsFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return ['node_modules', 'npa', 'ocds-schema'].includes(name) ? [] : tsFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

/** The workspaces of the root package.json and every TypeScript file in them, with its imports. */
export function projectGraph(root = process.cwd()): {
  workspaces: Workspace[];
  files: SourceFile[];
} {
  const globs = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] }
  ).workspaces;
  const folders = globs
    .flatMap((glob) =>
      glob.endsWith('/*')
        ? readdirSync(join(root, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`)
        : [glob],
    )
    .filter(
      (folder) =>
        statSync(join(root, folder)).isDirectory() &&
        readdirSync(join(root, folder)).includes('package.json'),
    );
  const workspaces = folders.map((folder) => {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | string
    >;
    const declared = new Set(
      ['dependencies', 'devDependencies', 'peerDependencies'].flatMap((field) =>
        Object.keys((manifest[field] as Record<string, string> | undefined) ?? {}),
      ),
    );
    return { name: manifest.name as string, folder, kind: kindOf(folder), declared };
  });
  const files = workspaces.flatMap((workspace) =>
    tsFiles(join(root, workspace.folder)).map((path) => ({
      workspace: workspace.name,
      path: path.slice(root.length + 1),
      test: /(^|\/)test\/|\.test\.ts$/.test(path),
      imports: importsOf(readFileSync(path, 'utf8')),
    })),
  );
  return { workspaces, files };
}
