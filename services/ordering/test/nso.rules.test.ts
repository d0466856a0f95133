import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@app/platform/errors';
import * as rules from '../src/nso/nso.rules.js';
import { readOrderResponse, ublOrder, ublOrderResponse } from '../src/nso/nso-ubl.js';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return error.code;
  }
  return undefined;
};

const order = {
  variant: 'iniziale' as const,
  id: 'O000012/2026',
  issueDate: '2026-12-07',
  note: 'Servizi cloud & backup <sede>',
  cig: '7154112FF8',
  contract: { cig: '7154112FF8', title: 'Sistema Cloud Toscana' },
  buyer: { officeCode: 'UFG999', name: 'Comune di Prato', fiscalCode: '84006890481' },
  seller: { vat: '12345678903', name: 'Servizi Integrati S.p.A.' },
  lines: [
    { description: 'Canone IaaS', quantity: 4, unitPriceCents: 500_00 },
    { description: 'Backup', quantity: 1, unitPriceCents: 120_50 },
  ],
  validUntil: '2027-12-31',
};

describe('NSO documents, as the rules write and read them', () => {
  test('when an order is written, then its parties, CIG, lines and totals are where AgID’s rules want them, and text is escaped', () => {
    const xml = ublOrder(order);
    assert.match(
      xml,
      /<cbc:CustomizationID>urn:fdc:peppol\.eu:poacc:trns:order:3:restrictive:urn:www\.agid\.gov\.it:trns:ordine:3\.1<\/cbc:CustomizationID>/,
    );
    assert.match(xml, /<cbc:EndpointID schemeID="0201">UFG999<\/cbc:EndpointID>/);
    assert.match(xml, /<cbc:EndpointID schemeID="0211">IT12345678903<\/cbc:EndpointID>/);
    assert.match(xml, /<cac:OriginatorDocumentReference>\s*<cbc:ID>7154112FF8<\/cbc:ID>/);
    assert.match(xml, /<cbc:PayableAmount currencyID="EUR">2120\.50<\/cbc:PayableAmount>/);
    assert.match(xml, /<cbc:Note>Servizi cloud &amp; backup &lt;sede&gt;<\/cbc:Note>/);
    assert.doesNotMatch(xml, /OrderDocumentReference/);
  });

  test('when a revoca is written, then it refers to the order’s tripletta as «Cancelled» and carries the one line NSO wants', () => {
    const xml = ublOrder({
      ...order,
      variant: 'revoca',
      refersTo: 'O000012/2026#2026-12-07#UFG999',
    });
    assert.match(xml, /<cbc:ID>O000012\/2026#2026-12-07#UFG999#Cancelled<\/cbc:ID>/);
    assert.match(xml, /<cbc:ID>NA<\/cbc:ID>\s*<cbc:Quantity unitCode="C62">0<\/cbc:Quantity>/);
    assert.equal(xml.match(/<cac:OrderLine>/g)?.length, 1);
    assert.match(
      ublOrder({ ...order, variant: 'sostitutivo', refersTo: 'X#2026-12-07#UFG999' }),
      /#Revised</,
    );
  });

  test('when an Order Response is written and read back, then its code, reason and order reference survive', () => {
    const xml = ublOrderResponse({
      id: 'O000012-2026-R1',
      issueDate: '2026-12-08',
      code: 'CA',
      reason: 'Consegna in due lotti',
      orderReference: 'O000012/2026#2026-12-07#UFG999',
      buyer: order.buyer,
      seller: order.seller,
      lines: [
        { description: 'Canone IaaS', quantity: 4, proposedQuantity: 3 },
        { description: 'Backup', quantity: 1, proposedQuantity: 0 },
      ],
    });
    assert.match(
      xml,
      /<cbc:LineStatusCode>3<\/cbc:LineStatusCode>\s*<cbc:Quantity unitCode="C62">3</,
    );
    assert.match(xml, /<cbc:LineStatusCode>7<\/cbc:LineStatusCode>/);
    assert.deepEqual(readOrderResponse(xml, rules.nsoRefusals.NSO_DATA_INVALID), {
      id: 'O000012-2026-R1',
      code: 'CA',
      reason: 'Consegna in due lotti',
      orderReference: 'O000012/2026#2026-12-07#UFG999',
      sellerEndpoint: 'IT12345678903',
      buyerEndpoint: 'UFG999',
    });
  });

  test('when a foreign document carries a DOCTYPE (external entity, billion laughs), a NUL byte or is not an Order Response, then it is refused before anything expands', () => {
    const refusal = rules.nsoRefusals.NSO_DATA_INVALID;
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><OrderResponse>&x;</OrderResponse>';
    const laughs =
      '<!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><OrderResponse>&b;</OrderResponse>';
    for (const xml of [
      xxe,
      laughs,
      '<OrderResponse>\u0000</OrderResponse>',
      '<Order/>',
      '<OrderResponse',
    ])
      assert.equal(
        codeOf(() => readOrderResponse(xml, refusal)),
        'NSO_DATA_INVALID',
        xml,
      );
  });
});

describe('NSO rules', () => {
  test('when the data would break NSO’s rules or the CIG’s check characters, then our own check names each, before anything leaves', () => {
    assert.deepEqual(
      rules.checkOrderForNso({
        officeCode: 'UFG999',
        supplierVat: '12345678903',
        cig: '7154112FF8',
      }),
      [],
    );
    const errors = rules.checkOrderForNso({
      officeCode: 'UFG9990',
      supplierVat: '12345678904',
      cig: '7154112FF9',
    });
    assert.deepEqual(
      errors.map((error) => error.codice),
      ['NSO_010', 'NSO_030', 'CIG'],
    );
    assert.equal(
      codeOf(() => rules.checkOrderValidForNso(errors)),
      'NSO_DATA_INVALID',
    );
    assert.equal(
      codeOf(() => rules.checkOfficeCode('c_g999')),
      'NSO_OFFICE_CODE',
    );
    assert.equal(rules.checkOfficeCode(' ufg999 '), 'UFG999');
  });

  test('when NSO’s receipts arrive, then the document moves as declared, and a late or repeated one is not a step', () => {
    assert.equal(
      rules.nsoDocumentLifecycle.check('delivered', { nsoId: 'x', status: 'trasmesso' }).to,
      'consegnato',
    );
    assert.equal(rules.nsoDocumentLifecycle.can('delivered', 'consegnato'), false);
    assert.equal(rules.nsoDocumentLifecycle.can('discarded', 'consegnato'), false);
    assert.equal(rules.nsoDocumentLifecycle.can('transmitted', 'da-trasmettere'), true);
  });

  test('when the supplier answers, then only an approved order NSO delivered, waiting for its answer, is answered, and a refusal says why', () => {
    const waiting = { status: 'approvato', supplierResponse: 'in-attesa' };
    assert.equal(
      codeOf(() => rules.checkOrderResponse(waiting, true, 'AP', undefined)),
      undefined,
    );
    assert.equal(
      codeOf(() => rules.checkOrderResponse(waiting, false, 'AP', undefined)),
      'NSO_NOT_ANSWERABLE',
    );
    assert.equal(
      codeOf(() => rules.checkOrderResponse(waiting, true, 'RE', ' ')),
      'NSO_REASON_REQUIRED',
    );
    assert.equal(
      codeOf(() =>
        rules.checkOrderResponse(
          { ...waiting, supplierResponse: 'presa-visione' },
          true,
          'AP',
          undefined,
        ),
      ),
      'NSO_NOT_ANSWERABLE',
    );
    assert.equal(
      rules.tripletta(rules.nsoOrderId('O1#2'), '2026-12-07', 'UFG999'),
      'O1-2#2026-12-07#UFG999',
    );
    assert.deepEqual([1, 4, 20].map(rules.retryDelayMs), [2_000, 16_000, 300_000]);
    assert.match(
      rules.discardAdvice([{ codice: 'NSO_010', messaggio: 'NSO_010 – x.' }]),
      /Codice Univoco Ufficio/,
    );
  });
});
