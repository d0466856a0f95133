import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Figures on the shape of the source (tests and generated types left out): function lengths, line
 * lengths, where SQL lives. DESIGN.md §8 asks for functions of about 40 lines and lines of about 100
 * characters; over 60 and over 120 is too far. `npm run metrics` prints them for every workspace.
 */
export const limits = {
  functionLines: { aim: 40, most: 60 },
  lineCharacters: { aim: 100, most: 120 },
};

/** Every folder that holds source: the workspaces, the scripts, the benchmarks, the deployment's code. */
export const sourceRoots = [
  'services',
  'packages',
  'gateway',
  'web',
  'simulators',
  'scripts',
  'bench',
  'deploy',
];

export interface FunctionSize {
  /** `file name`, the name being the function's or the variable or property that holds it. */
  id: string;
  line: number;
  lines: number;
}

export interface CodeMetrics {
  files: number;
  functions: FunctionSize[];
  longLines: { file: string; line: number; characters: number }[];
  /** Files of services, other than stores and migrations, that hold SQL. */
  sqlOutsideStores: string[];
}

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return ['node_modules', 'test', 'dist'].includes(name) ? [] : sourceFiles(path);
    const source = name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts');
    return source ? [path] : [];
  });

const sql = /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/;
// Data generators for benchmarks write rows in bulk by design.
const sqlHomes = /(\.store\.ts|\/migrations\/.*|\.migration\.ts|\/testing\/[^/]+\.ts)$/;

function functionsOf(file: string, text: string): FunctionSize[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FunctionSize[] = [];
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const visit = (node: ts.Node, owner: string) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const name = (node as ts.FunctionDeclaration).name?.getText() ?? owner;
      const start = lineOf(node.getStart());
      found.push({
        id: `${file} ${name}`,
        line: start + 1,
        lines: lineOf(node.getEnd()) - start + 1,
      });
    }
    const holder = ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node);
    ts.forEachChild(node, (child) => visit(child, holder ? node.name.getText() : owner));
  };
  visit(source, '(anonima)');
  return found;
}

export function codeMetrics(roots = sourceRoots): CodeMetrics {
  const files = roots.flatMap(sourceFiles);
  const metrics: CodeMetrics = {
    files: files.length,
    functions: [],
    longLines: [],
    sqlOutsideStores: [],
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    text.split('\n').forEach((line, index) => {
      if (line.length > limits.lineCharacters.aim)
        metrics.longLines.push({ file, line: index + 1, characters: line.length });
    });
    metrics.functions.push(...functionsOf(file, text));
    if (file.startsWith('services/') && !sqlHomes.test(file) && sql.test(text))
      metrics.sqlOutsideStores.push(file);
  }
  metrics.functions.sort((a, b) => b.lines - a.lines);
  return metrics;
}

/** The report `npm run metrics` prints: counts against the aim and the limit, the largest first. */
export function limitsReport(metrics = codeMetrics()): string {
  const { functionLines, lineCharacters } = limits;
  const over = (size: number) => metrics.functions.filter((fn) => fn.lines > size).length;
  const longer = (size: number) => metrics.longLines.filter((l) => l.characters > size).length;
  return [
    `${metrics.files} source files, ${metrics.functions.length} functions`,
    `functions over ${functionLines.aim} lines: ${over(functionLines.aim)}` +
      ` (over ${functionLines.most}, the limit: ${over(functionLines.most)})`,
    `lines over ${lineCharacters.aim} characters: ${longer(lineCharacters.aim)}` +
      ` (over ${lineCharacters.most}, the limit: ${longer(lineCharacters.most)})`,
    `SQL outside stores: ${metrics.sqlOutsideStores.length}`,
    'largest functions:',
    ...metrics.functions.slice(0, 15).map((fn) => `  ${fn.lines} ${fn.id}:${fn.line}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(limitsReport());
