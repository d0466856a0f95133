// `npm run trust:import -- TSL-IT.xml --operator agid-tsl-signer.pem --out
// trust/agid-qualified.pem`: the qualified certification authorities of AgID's trusted list, as the
// PEM bundle that SIGNATURE_TRUSTED_CA_FILES reads. The list is a file the operator downloaded; its
// signature is checked against the scheme operator's certificate before anything is read from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { qualifiedAuthoritiesOf } from '@app/signed-documents';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { operator: { type: 'string' }, out: { type: 'string' } },
});
const [list] = positionals;
if (!list || !values.operator || !values.out) {
  console.error(
    'Uso: npm run trust:import -- <TSL-IT.xml> --operator ' +
      '<certificato-del-gestore.pem> --out <autorita-fidate.pem>',
  );
  process.exit(2);
}
try {
  const authorities = qualifiedAuthoritiesOf(
    readFileSync(list, 'utf8'),
    readFileSync(values.operator, 'utf8'),
  );
  if (authorities.length === 0)
    throw new Error('La lista non contiene autorità di certificazione qualificate attive.');
  writeFileSync(
    values.out,
    authorities
      .map(
        (authority) =>
          `# ${authority.provider} — ${authority.service}\n${authority.certificatePem}`,
      )
      .join(''),
  );
  console.log(`${authorities.length} autorità qualificate scritte in ${values.out}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
