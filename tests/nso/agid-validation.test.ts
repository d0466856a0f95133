import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ublOrder, ublOrderResponse, type UblOrder } from '@app/ordering';
import { agidValidation, type Transaction } from '@app/sim-nso';

/**
 * AgID's own validation of what the platform writes: the UBL 2.1 schemas and AgID's T01/T76
 * schematrons (NSO's rules merged in), run with Saxon-HE. NSO_VALIDATION_DIR holds AgID's compiled
 * schematrons (AGID-PEPPOL-T01.xsl, AGID-PEPPOL-T76.xsl) and the UBL schemas (ubl/maindoc/…); the
 * repository keeps no copy of them (decision 0033).
 */
const agid = agidValidation(process.env.NSO_VALIDATION_DIR ?? '', process.env.SAXON_JAR);
const skip = agid.available
  ? false
  : `AgID's validation artifacts are not here (NSO_VALIDATION_DIR): ${agid.missing.join(', ')}`;
const validate = (xml: string, kind: Transaction) => {
  const verdict = agid.validate(kind, xml);
  return { schema: verdict.schema, failed: verdict.failed.map(({ id, flag }) => ({ id, flag })) };
};

const order: UblOrder = {
  variant: 'iniziale',
  id: 'O000012/2026',
  issueDate: '2026-12-07',
  note: 'Servizi cloud del Comune di Prato: contratto attuativo',
  cig: '7154112FF8',
  contract: { cig: '7154112FF8', title: 'Sistema Cloud Toscana' },
  buyer: { officeCode: 'UFG999', name: 'Comune di Prato', fiscalCode: '84006890481' },
  seller: { vat: '12345678903', name: 'Servizi Integrati S.p.A.' },
  lines: [
    { description: 'Canone IaaS', quantity: 11, unitPriceCents: 1_000_00 },
    { description: 'Backup geografico', quantity: 2, unitPriceCents: 450_50 },
  ],
  validUntil: '2027-12-31',
};
const reference = 'O000012/2026#2026-12-07#UFG999';
const response = (code: 'AP' | 'RE' | 'CA') =>
  ublOrderResponse({
    id: 'O000012-2026-R1',
    issueDate: '2026-12-08',
    code,
    ...(code === 'AP' ? {} : { reason: 'Consegna in due lotti' }),
    orderReference: reference,
    buyer: order.buyer,
    seller: order.seller,
    lines: order.lines.map((line, index) => ({
      ...line,
      ...(index === 0 ? { proposedQuantity: 9 } : {}),
    })),
  });

describe('what the platform sends to NSO, validated by AgID’s own rules', { skip }, () => {
  test('when each document the platform writes is validated, then the UBL 2.1 schema accepts it and AgID’s schematron fails no assertion', () => {
    const documents: [string, string, 'T01' | 'T76'][] = [
      ['ordine iniziale', ublOrder(order), 'T01'],
      ['revoca', ublOrder({ ...order, variant: 'revoca', refersTo: reference }), 'T01'],
      [
        'sostitutivo',
        ublOrder({ ...order, id: 'O000013/2026', variant: 'sostitutivo', refersTo: reference }),
        'T01',
      ],
      [
        'collegato',
        ublOrder({ ...order, id: 'O000014/2026', variant: 'collegato', refersTo: reference }),
        'T01',
      ],
      ...(['AP', 'RE', 'CA'] as const).map((code): [string, string, 'T76'] => [
        `risposta ${code}`,
        response(code),
        'T76',
      ]),
    ];
    for (const [name, xml, kind] of documents)
      assert.deepEqual(validate(xml, kind), { schema: 'valid', failed: [] }, name);
  });

  test('when the rules’ counter-examples are fed, then each fires its own rule id', () => {
    const fired = (xml: string) =>
      agid.validate('T01', xml).failed.map((assertion) => assertion.id);
    // A buyer's IPA code of seven characters.
    assert.ok(
      fired(ublOrder({ ...order, buyer: { ...order.buyer, officeCode: 'UFG9999' } })).includes(
        'NSO_010',
      ),
    );
    // Two cac:OrderDocumentReference.
    const twice = ublOrder({ ...order, variant: 'sostitutivo', refersTo: reference }).replace(
      /(<cac:OrderDocumentReference>[\s\S]*?<\/cac:OrderDocumentReference>)/,
      '$1$1',
    );
    assert.ok(fired(twice).includes('NSO_045'));
    // A seller's partita IVA with a wrong check digit.
    assert.ok(
      fired(ublOrder({ ...order, seller: { ...order.seller, vat: '12345678904' } })).includes(
        'NSO_030',
      ),
    );
    // A malformed CIG.
    assert.ok(fired(ublOrder({ ...order, cig: '71541' })).includes('NSO_060'));
  });
});
