import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * Figures on the shape of the code under services/ (no tests): the largest functions, lines per file,
 * characters per line, route files that hold SQL. `npm run metrics` prints them.
 */
export interface CodeMetrics {
  files: number;
  linesPerFile: { mean: number; max: number; over200: number };
  charactersPerLine: { mean: number; over120: number };
  largestFunctions: { name: string; lines: number }[];
  functionsOver60: number;
  routeFilesWithSql: string[];
}

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return name === 'node_modules' || name === 'test' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')
      ? [path]
      : [];
  });

const sql = /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/;

export function codeMetrics(root = 'services'): CodeMetrics {
  const files = sourceFiles(root);
  const functions: { name: string; lines: number }[] = [];
  let lines = 0;
  let characters = 0;
  let over120 = 0;
  const perFile: number[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fileLines = text.split('\n').filter((line) => line.trim() !== '');
    perFile.push(fileLines.length);
    lines += fileLines.length;
    for (const line of fileLines) {
      characters += line.trim().length;
      if (line.length > 120) over120 += 1;
    }
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, owner: string) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
        const name = (node as ts.FunctionDeclaration).name?.getText() ?? owner;
        functions.push({ name: `${file}:${start + 1} ${name}`, lines: end - start + 1 });
      }
      const named =
        ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)
          ? node.name.getText()
          : owner;
      ts.forEachChild(node, (child) => visit(child, named));
    };
    visit(source, '(anonima)');
  }
  functions.sort((a, b) => b.lines - a.lines);
  return {
    files: files.length,
    linesPerFile: {
      mean: Math.round(lines / files.length),
      max: Math.max(...perFile),
      over200: perFile.filter((n) => n > 200).length,
    },
    charactersPerLine: { mean: Math.round(characters / lines), over120 },
    largestFunctions: functions.slice(0, 100),
    functionsOver60: functions.filter((fn) => fn.lines > 60).length,
    routeFilesWithSql: files.filter(
      (file) => file.endsWith('.routes.ts') && sql.test(readFileSync(file, 'utf8')),
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(codeMetrics(), null, 2));
