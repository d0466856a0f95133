// NSO documents per second: the platform writes an order as a Peppol BIS 3 Order (UBL 2.1) and
// NSO's checks read it back (the simulator's parse and rules), against a baseline in the same run:
// the same order serialised as JSON and parsed back. Part of bench/orders; alone:
// npx tsx bench/orders/nso.ts   (BENCH_NSO_DOCUMENTS=5000)
import { performance } from 'node:perf_hooks';
import { agidValidation, nsoChecks, parseDocument } from '@app/sim-nso';
import { ublOrder, type UblOrder } from '../../services/ordering/src/nso/nso-ubl.js';

const documents = Number(process.env.BENCH_NSO_DOCUMENTS ?? 5_000);

const orderNumber = (index: number): UblOrder => ({
  variant: 'iniziale',
  id: `O${String(index).padStart(6, '0')}/2026`,
  issueDate: '2026-12-07',
  note: 'Servizi cloud del Comune di Prato: contratto attuativo',
  cig: '7154112FF8',
  contract: { cig: '7154112FF8', title: 'Sistema Cloud Toscana' },
  buyer: { officeCode: 'UFG999', name: 'Comune di Prato', fiscalCode: '84006890481' },
  seller: { vat: '12345678903', name: 'Servizi Integrati S.p.A.' },
  lines: Array.from({ length: 5 }, (_, line) => ({
    description: `Riga ${line + 1}`,
    quantity: line + 1,
    unitPriceCents: 100_00 * (line + 1),
  })),
  validUntil: '2027-12-31',
});

function perSecond(work: (index: number) => void): number {
  const begin = performance.now();
  for (let index = 0; index < documents; index++) work(index);
  return (documents * 1_000) / (performance.now() - begin);
}

/** Prints produced and validated documents per second, and their ratio to the JSON baseline. */
export function nsoThroughput(): void {
  const xmls: string[] = [];
  const produced = perSecond((index) => xmls.push(ublOrder(orderNumber(index))));
  let refused = 0;
  const validated = perSecond((index) => {
    const root = parseDocument(xmls[index] ?? '');
    if (!('localName' in root) || nsoChecks(root).errors.length) refused++;
  });
  const json: string[] = [];
  const baseline = perSecond((index) => json.push(JSON.stringify(orderNumber(index))));
  const baselineRead = perSecond((index) => JSON.parse(json[index] ?? '{}'));
  console.log(
    `NSO documents (${documents} orders of 5 lines): produced ${produced.toFixed(0)}/s, ` +
      `validated by NSO's checks ${validated.toFixed(0)}/s; refused ${refused} (target 0)`,
  );
  console.log(
    `baseline, the same orders as JSON: written ${baseline.toFixed(0)}/s, read ${baselineRead.toFixed(0)}/s ` +
      `— ratio produced ${(produced / baseline).toFixed(3)}, validated ${(validated / baselineRead).toFixed(3)} ` +
      `(target: produced ≥ 100/s, far above any agency's ordering rate)`,
  );
  if (refused > 0 || produced < 100) process.exitCode = 1;
  agidThroughput(xmls.slice(0, 500));
}

/**
 * AgID's own schematron and the UBL schema over a batch, one start of Saxon for all (where
 * NSO_VALIDATION_DIR holds them): documents per second, and how many fail any assertion.
 */
function agidThroughput(xmls: string[]): void {
  const agid = agidValidation(process.env.NSO_VALIDATION_DIR ?? '', process.env.SAXON_JAR);
  if (!agid.available) {
    console.log(`AgID's schematron: not measured (NSO_VALIDATION_DIR: ${agid.missing.join(', ')})`);
    return;
  }
  const begin = performance.now();
  const verdicts = agid.validateMany('T01', xmls);
  const rate = (xmls.length * 1_000) / (performance.now() - begin);
  const failing = verdicts.filter((verdict) => verdict.schema !== 'valid' || verdict.failed.length);
  console.log(
    `AgID's T01 schematron and UBL 2.1 schema: ${xmls.length} documents, ${rate.toFixed(0)}/s ` +
      `(one start of Saxon-HE for the batch); failing any assertion: ${failing.length} (target 0)`,
  );
  if (failing.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) nsoThroughput();
