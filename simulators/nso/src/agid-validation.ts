import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NsoError } from './nso-checks.js';

/** The transactions AgID publishes rules for: the Order (T01) and the Order Response (T76). */
export type Transaction = 'T01' | 'T76';

export interface FailedAssertion {
  id: string;
  flag: string;
  text: string;
}

export interface Verdict {
  /** «valid», or what xmllint said against the UBL 2.1 schema. */
  schema: string;
  failed: FailedAssertion[];
}

const maindoc: Record<Transaction, string> = {
  T01: 'UBL-Order-2.1.xsd',
  T76: 'UBL-OrderResponse-2.1.xsd',
};

/** The failed assertions of an SVRL report. */
function failedAssertions(svrl: string): FailedAssertion[] {
  return [
    ...svrl.matchAll(/<svrl:failed-assert\b([^>]*)>[\s\S]*?<svrl:text>([\s\S]*?)<\/svrl:text>/g),
  ].map(([, attributes, text]) => ({
    id: /\bid="([^"]*)"/.exec(attributes ?? '')?.[1] ?? '',
    flag: /\bflag="([^"]*)"/.exec(attributes ?? '')?.[1] ?? '',
    text: (text ?? '').replace(/\s+/g, ' ').trim(),
  }));
}

/** xmllint over many files at once: for each, «valid» or its own lines of errors. */
function schemaVerdicts(xsd: string, files: string[]): string[] {
  // xmllint says «<file> validates» or the file's errors on stderr, whatever its exit code.
  const run = spawnSync('xmllint', ['--noout', '--schema', xsd, ...files], { encoding: 'utf8' });
  const said = `${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
  const lines = said.split('\n');
  return files.map((file) =>
    lines.includes(`${file} validates`)
      ? 'valid'
      : lines.filter((line) => line.startsWith(file)).join('\n') || said,
  );
}

/**
 * AgID's own validation, run as AgID publishes it: the UBL 2.1 schemas (xmllint) and AgID's
 * compiled T01/T76 schematrons (Saxon-HE). `folder` holds AGID-PEPPOL-T01.xsl, AGID-PEPPOL-T76.xsl
 * and ubl/maindoc/…; nothing of AgID's is kept in this repository (decision 0033).
 */
export function agidValidation(folder: string, saxonJar = '/usr/share/java/Saxon-HE.jar') {
  const stylesheet = (kind: Transaction) => join(folder, `AGID-PEPPOL-${kind}.xsl`);
  const schema = (kind: Transaction) => join(folder, 'ubl', 'maindoc', maindoc[kind]);
  const needed = [stylesheet('T01'), stylesheet('T76'), schema('T01'), schema('T76'), saxonJar];
  const missing = folder
    ? needed.filter((file) => !existsSync(file))
    : ['the folder (not set)', ...(existsSync(saxonJar) ? [] : [saxonJar])];
  /** Many documents of one kind, with one start of the processor: their verdicts, in order. */
  const validateMany = (kind: Transaction, xmls: string[]): Verdict[] => {
    const dir = mkdtempSync(join(tmpdir(), 'agid-validation-'));
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    const names = xmls.map((xml, index) => {
      const name = `${String(index).padStart(6, '0')}.xml`;
      writeFileSync(join(dir, 'in', name), xml);
      return name;
    });
    execFileSync(
      'java',
      [
        '-cp',
        saxonJar,
        'net.sf.saxon.Transform',
        `-s:${join(dir, 'in')}`,
        `-xsl:${stylesheet(kind)}`,
        `-o:${join(dir, 'out')}`,
      ],
      { stdio: 'pipe' },
    );
    const reports = new Set(readdirSync(join(dir, 'out')));
    const schemas = schemaVerdicts(
      schema(kind),
      names.map((name) => join(dir, 'in', name)),
    );
    return names.map((name, index) => ({
      schema: schemas[index] ?? '',
      failed: reports.has(name)
        ? failedAssertions(readFileSync(join(dir, 'out', name), 'utf8'))
        : [{ id: 'SVRL', flag: 'fatal', text: 'nessun rapporto di validazione' }],
    }));
  };
  return {
    missing,
    available: missing.length === 0,
    validateMany,
    validate: (kind: Transaction, xml: string): Verdict => validateMany(kind, [xml])[0] as Verdict,
    /** For NSO's simulator: what discards a document (fatal and error assertions, a schema error). */
    async nsoErrors(type: 'Order' | 'OrderResponse', xml: string): Promise<NsoError[]> {
      const verdict = validateMany(type === 'Order' ? 'T01' : 'T76', [xml])[0] as Verdict;
      return [
        ...(verdict.schema === 'valid'
          ? []
          : [{ codice: 'XSD', messaggio: verdict.schema.trim() }]),
        ...verdict.failed
          .filter((assertion) => assertion.flag !== 'warning')
          .map((assertion) => ({ codice: assertion.id, messaggio: assertion.text })),
      ];
    },
  };
}
