// `npm run sign -- <file> --as <username>`: writes <file>.p7m, a CAdES-BES signature of the file made
// with the demo signing certificate of that demo person. The platform started with `npm start` trusts
// the demo authority, so the result is accepted wherever a signed document is required.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { signCades } from '@app/signed-documents';
import { ensureDemoSigning } from './demo-signing.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { as: { type: 'string' }, out: { type: 'string' } } });
const [file] = positionals;
if (!file || !values.as) {
  console.error('Uso: npm run sign -- <file.pdf> --as <username>   (per esempio: npm run sign -- manifestazione.pdf --as luca.ferri)');
  process.exit(2);
}
try {
  const signing = await ensureDemoSigning();
  const signed = await signCades(readFileSync(file), signing.keyFor(values.as));
  const out = values.out ?? `${file}.p7m`;
  writeFileSync(out, signed);
  console.log(`Firmato come ${values.as}: ${out} (CAdES, ${signed.length} byte; autorità: ${signing.caFile})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
