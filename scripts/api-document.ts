import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * Where the types of the merged API live; the end-to-end scripts call the platform through them.
 */
export const apiTypesFile = join(
  process.cwd(),
  'packages',
  'api-client',
  'src',
  'negozio-api.d.ts',
);

/** The merged OpenAPI document as the gateway of a running platform serves it. */
export async function mergedDocument(gateway: string): Promise<Record<string, unknown>> {
  return (await fetch(`${gateway}/api/v1/openapi.json`)).json() as Promise<Record<string, unknown>>;
}

/** The TypeScript types of the merged document (openapi-typescript): paths, operations, bodies. */
export async function apiTypes(document: Record<string, unknown>): Promise<string> {
  const header =
    '// The merged OpenAPI document of the Negozio Elettronico as types: ' +
    'written by `npm run api:types`, do not edit.\n';
  return (
    header + astToString(await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]))
  );
}

export interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string }[];
}

/** Redocly's recommended rules on the document (no network: telemetry and update checks off). */
export async function lintDocument(document: Record<string, unknown>): Promise<LintProblem[]> {
  const file = join(tmpdir(), `negozio-openapi-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(document));
  const redocly = join(process.cwd(), 'node_modules', '.bin', 'redocly');
  const run = promisify(execFile);
  const output = await run(redocly, ['lint', file, '--format=json', '--max-problems=1000'], {
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    maxBuffer: 20_000_000,
  }).then(
    (done) => done.stdout,
    (failed: { stdout?: string }) => failed.stdout ?? '',
  );
  const json = output.slice(output.indexOf('{'));
  return (JSON.parse(json) as { problems: LintProblem[] }).problems;
}
