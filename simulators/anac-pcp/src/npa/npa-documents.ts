import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { defined } from '@app/platform/errors';

/** Where ANAC's files live once copied (npm run anac:import), and the URL their $refs use. */
export const npaFolder = fileURLToPath(new URL('../../npa/', import.meta.url));
export const npaBaseUrl = 'https://raw.githubusercontent.com/anticorruzione/npa/main/docs/';

type Node = Record<string, unknown>;

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/**
 * Every $ref made absolute, so a schema can be moved (merged into another) without losing its
 * targets.
 */
function absolutise(node: unknown, base: string): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((item) => absolutise(item, base));
  const object = node as Node;
  if (typeof object.$ref === 'string') object.$ref = new URL(object.$ref, base).toString();
  for (const value of Object.values(object)) absolutise(value, base);
}

let documents: Map<string, Node> | undefined;

/**
 * ANAC's YAML documents by URL. ANAC's YAML repeats anchors and keys in places, which its own tools
 * accept: the parser is told to as well.
 */
export function npaDocuments(): Map<string, Node> {
  if (documents) return documents;
  documents = new Map();
  for (const path of walk(npaFolder).filter((file) => file.endsWith('.yaml'))) {
    const url = npaBaseUrl + relative(npaFolder, path).split('\\').join('/');
    const document = parse(readFileSync(path, 'utf8'), {
      uniqueKeys: false,
      maxAliasCount: -1,
    }) as Node;
    absolutise(document, url);
    documents.set(url, document);
  }
  return documents;
}

/** The node a `url#/pointer` names. */
export function resolve(reference: string): Node {
  const [url, pointer = ''] = reference.split('#');
  const document = npaDocuments().get(defined(url));
  if (!document) throw new Error(`documento ANAC assente: ${url}`);
  const found = pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, key) =>
        (node as Node | undefined)?.[
          decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~')
        ],
      document,
    );
  if (!found) throw new Error(`riferimento ANAC non risolto: ${reference}`);
  return found as Node;
}

/**
 * A code list as ANAC publishes it. Some files carry a trailing comma (codNUTS.json), which ANAC's
 * own consumers tolerate: it is dropped before parsing.
 */
export interface CodeListEntry {
  codice: string;
  descrizione: { it?: string; en?: string } | null;
  dataInizio: string | null;
  dataFine: string | null;
}

const codeLists = new Map<string, CodeListEntry[]>();

export function npaCodeList(name: string): CodeListEntry[] {
  let list = codeLists.get(name);
  if (!list) {
    const text = readFileSync(
      join(npaFolder, 'modello-dati', 'tipologiche', `${name}.json`),
      'utf8',
    ).replace(/^\uFEFF/, '');
    codeLists.set(name, (list = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'))));
  }
  return defined(list);
}

export function npaCodeListNames(): string[] {
  return readdirSync(join(npaFolder, 'modello-dati', 'tipologiche'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -5));
}
