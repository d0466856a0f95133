// `npm run sign -- <file> --as <username>`: writes <file>.p7m, a CAdES-T signature of the file made
// with a signing certificate of that demo person and time-stamped by the demo authority's
// time-stamping service. The platform started with `npm start` trusts the demo authority and runs
// its OCSP responder, CRL and time-stamping service, so the result is accepted wherever a signed
// document is required.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultDemoAuthorityUrl, demoSigning } from './demo-signing.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { as: { type: 'string' }, out: { type: 'string' } },
});
const [file] = positionals;
if (!file || !values.as) {
  console.error(
    'Uso: npm run sign -- <file.pdf> --as <username>   (per esempio: npm run ' +
      'sign -- manifestazione.pdf --as luca.ferri)',
  );
  process.exit(2);
}
try {
  const signing = await demoSigning();
  const signed = await signing.sign(readFileSync(file), values.as).catch((error: Error) => {
    if (!/fetch failed|ECONNREFUSED/.test(`${error.message} ${String(error.cause)}`)) throw error;
    throw new Error(
      `La marca temporale si chiede al servizio dimostrativo su ` +
        `${defaultDemoAuthorityUrl()}/tsa: avvia prima la piattaforma (npm ` +
        `start).`,
    );
  });
  const out = values.out ?? `${file}.p7m`;
  writeFileSync(out, signed);
  console.log(
    `Firmato come ${values.as}: ${out} (CAdES con marca temporale, ${signed.length} ` +
      `byte; autorità: ${signing.caFile})`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
