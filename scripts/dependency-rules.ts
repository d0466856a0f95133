import { builtinModules } from 'node:module';
import { defined } from '@app/platform/errors';

/** One import of a file: what it names and whether it brings only types. */
export interface ImportEdge {
  specifier: string;
  typeOnly: boolean;
}
export interface SourceFile {
  workspace: string;
  path: string;
  test: boolean;
  imports: ImportEdge[];
}
export interface Workspace {
  name: string;
  folder: string;
  kind: 'service' | 'package' | 'gateway' | 'simulator' | 'bench' | 'portal';
  declared: Set<string>;
}

const importPattern = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const dynamicImport = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The imports of a TypeScript file's text (static, re-exports, side effects, dynamic). */
export function importsOf(text: string): ImportEdge[] {
  const found: ImportEdge[] = [];
  for (const match of text.matchAll(importPattern))
    found.push({ specifier: defined(match[2]), typeOnly: Boolean(match[1]) });
  for (const match of text.matchAll(dynamicImport))
    found.push({ specifier: defined(match[1]), typeOnly: false });
  return found;
}

const builtins = new Set(builtinModules);
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtins.has(specifier);
/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
export const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Business packages a service may use besides the platform: the shared vocabulary, never another
 * service.
 */
const sharedByServices = [
  '@app/platform',
  '@app/events',
  '@app/italian-codes',
  '@app/roles',
  '@app/signed-documents',
  '@app/page-layout',
  '@app/oidc-federation',
];
/** What each kind of workspace may import of the project's own packages. */
const allowed: Record<Workspace['kind'], (test: boolean) => string[]> = {
  // A service's tests may start simulators; a flow across services is tested from tests/ at the
  // root.
  service: (test) => [...sharedByServices, ...(test ? ['@app/sim-*'] : [])],
  // The Italian codes are a leaf vocabulary (fiscal codes, CIG, euro): the page layout writes
  // amounts with them.
  package: () => ['@app/platform', '@app/italian-codes'],
  gateway: () => ['@app/platform', '@app/events'],
  // The PEC provider signs its receipts as a provider does (CMS from the shared signatures
  // package).
  simulator: () => [
    '@app/platform',
    '@app/italian-codes',
    '@app/signed-documents',
    '@app/oidc-federation',
  ],
  bench: () => ['*'],
  // The portal speaks to the platform only through its public API: no service, no business rule,
  // only the shared look and the vocabulary of labels (roles, partner scopes).
  portal: () => ['@app/platform', '@app/page-layout', '@app/roles', '@app/events'],
};
/** The platform is infrastructure: it names no business package at all. */
const platformOwn = new Set(['@app/platform']);
/**
 * What a pure rules file may use besides other rules and schemas: zod, the platform's errors,
 * lifecycle declarations and login strength, and the shared vocabulary. Anything else (databases,
 * HTTP, brokers, files, clocks of other services) is I/O.
 */
const pureForRules = new Set([
  'zod',
  '@app/platform/errors',
  '@app/platform/lifecycle',
  '@app/platform/login-strength',
  '@app/italian-codes',
  '@app/roles',
  '@app/events',
]);

const isRules = (file: SourceFile) => file.path.endsWith('.rules.ts');
const matches = (name: string, patterns: string[]) =>
  patterns.some(
    (pattern) =>
      pattern === '*' ||
      pattern === name ||
      (pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1))),
  );

/**
 * The project's dependency rules, as a list of broken ones: a service imports only itself, the
 * platform and the shared packages (tests may add simulators); the platform imports no business
 * package; a
 * `*.rules.ts` imports no I/O; every package a workspace imports is declared in its package.json.
 */
export function brokenRules(workspaces: Workspace[], files: SourceFile[]): string[] {
  const byName = new Map(workspaces.map((workspace) => [workspace.name, workspace]));
  const broken: string[] = [];
  for (const file of files) {
    const workspace = defined(byName.get(file.workspace));
    for (const edge of file.imports) {
      if (edge.specifier.startsWith('.') || isBuiltin(edge.specifier)) {
        if (
          isRules(file) &&
          !edge.typeOnly &&
          edge.specifier.startsWith('.') &&
          !/\.(rules|schema)\.js$/.test(edge.specifier)
        ) {
          broken.push(
            `${file.path}: a rules file imports ${edge.specifier}, which is not pure ` +
              `(only *.rules and *.schema, or types)`,
          );
        }
        if (isRules(file) && !edge.typeOnly && isBuiltin(edge.specifier))
          broken.push(`${file.path}: a rules file imports ${edge.specifier} (I/O)`);
        continue;
      }
      const name = packageOf(edge.specifier);
      if (name === workspace.name) continue;
      if (!workspace.declared.has(name))
        broken.push(
          `${file.path}: imports ${name}, not declared in ${workspace.folder}/package.json`,
        );
      if (isRules(file) && !edge.typeOnly && !pureForRules.has(edge.specifier))
        broken.push(`${file.path}: a rules file imports ${edge.specifier} (I/O)`);
      if (!name.startsWith('@app/')) continue;
      if (workspace.name === '@app/platform' && !platformOwn.has(name))
        broken.push(`${file.path}: the platform imports the business package ${name}`);
      else if (!matches(name, allowed[workspace.kind](file.test)))
        broken.push(`${file.path}: a ${workspace.kind} may not import ${name}`);
    }
  }
  return broken;
}

/** The capability a source file belongs to: the first folder under its workspace's src/. */
const capabilityOf = (path: string) => /^(.*?\/src\/[^/]+)\//.exec(path)?.[1];
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

/** Where a relative import lands, as a path of the project. */
function resolved(from: string, specifier: string): string {
  const parts = folderOf(from).split('/');
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Pairs of capabilities of one workspace that import each other's values (types do not count): one
 * of them should own what both need. The wiring at the root of src/ is not a capability.
 */
export function capabilityCycles(files: SourceFile[]): string[] {
  const edges = new Set<string>();
  for (const file of files.filter((candidate) => !candidate.test)) {
    const from = capabilityOf(file.path);
    for (const edge of file.imports) {
      if (!from || edge.typeOnly || !edge.specifier.startsWith('.')) continue;
      const to = capabilityOf(resolved(file.path, edge.specifier));
      if (to && to !== from) edges.add(`${from} → ${to}`);
    }
  }
  return [...edges]
    .filter((edge) => {
      const [from, to] = edge.split(' → ');
      return defined(from) < defined(to) && edges.has(`${to} → ${from}`);
    })
    .map((edge) => edge.replace(' → ', ' ↔ '));
}

/** The file a relative import names: `./x.js` → `x.ts`, a folder → its `index.ts`. */
function fileOf(from: string, specifier: string, known: Set<string>): string | undefined {
  const base = resolved(from, specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}/index.ts`].find((candidate) => known.has(candidate));
}

/**
 * Files that import each other, directly or round a loop (type imports too: they still tie the
 * modules' meaning together), as one line per loop of files. Tarjan's strongly connected
 * components.
 */
export function moduleCycles(files: SourceFile[]): string[] {
  const sources = files.filter((file) => !file.test);
  const known = new Set(sources.map((file) => file.path));
  const next = new Map(
    sources.map((file) => [
      file.path,
      file.imports
        .filter((edge) => edge.specifier.startsWith('.'))
        .map((edge) => fileOf(file.path, edge.specifier, known))
        .filter((path): path is string => Boolean(path)),
    ]),
  );
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[] = [];
  const visit = (path: string) => {
    order.set(path, order.size);
    low.set(path, defined(order.get(path)));
    stack.push(path);
    for (const target of next.get(path) ?? []) {
      if (!order.has(target)) visit(target);
      if (stack.includes(target))
        low.set(path, Math.min(defined(low.get(path)), defined(low.get(target))));
    }
    if (low.get(path) !== order.get(path)) return;
    const loop = stack.splice(stack.indexOf(path));
    if (loop.length > 1) loops.push(loop.sort().join(' ↔ '));
  };
  for (const path of known) if (!order.has(path)) visit(path);
  return loops.sort();
}
