import assert from 'node:assert/strict';
import { seedSentence } from '@app/platform/testing';
import { describe, it } from 'node:test';
import { AppError, defined } from '@app/platform/errors';
import * as rules from '../src/orders/order.rules.js';
import type { Order, OrderStatus } from '../src/orders/order.rules.js';
import {
  euroToCents,
  isoDay,
  mandateOfRow,
  paymentState,
  paymentStatus,
} from '../src/payments/payment.rules.js';

const refusal = (check: () => unknown): string | undefined => {
  try {
    check();
    return undefined;
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return error.code;
  }
};

const order = (change: Partial<Order> = {}): Order => ({
  id: 'o-1',
  code: 'O000007/2026',
  contractId: 'c-1',
  agencyId: 'prato',
  adhesionId: 'a-1',
  cigRequestId: 'r-1',
  subject: 'Servizi cloud',
  status: 'bozza',
  lines: [{ description: 'Canone', unitPriceCents: 1_000_00, quantity: 12 }],
  totalCents: 12_000_00,
  cigRequestTotalCents: 12_000_00,
  derivedCig: null,
  anacErrors: null,
  rupFiscalCode: null,
  sheetDocumentId: null,
  sheetSha256: null,
  signedSheetDocumentId: null,
  ceiling: 'nessuna',
  supplierResponse: null,
  supplierDeadline: null,
  supplierMayDispute: false,
  decisionReason: null,
  disputeReason: null,
  outcome: null,
  submittedAt: null,
  approvedAt: null,
  outcomePublishedAt: null,
  annulledAt: null,
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  version: 1,
  nsoId: null,
  ...change,
});
const statuses = Object.keys(rules.statusLabels) as OrderStatus[];
const allowed = (check: (o: Order) => void) =>
  statuses.filter((status) => !refusal(() => check(order({ status }))));

describe('order rules', () => {
  it('adds the lines in integer cents', () => {
    assert.equal(
      rules.totalOf([
        { description: 'a', unitPriceCents: 1999, quantity: 3 },
        { description: 'b', unitPriceCents: 1, quantity: 1 },
      ]),
      5998,
    );
    assert.equal(rules.totalOf([]), 0);
    assert.equal(rules.orderCode(7, 2026), 'O000007/2026');
  });

  it("refuses Conferma appalto when the lines' total differs from the CIG request's, with seed 001's words", () => {
    assert.equal(
      refusal(() => rules.checkConfirmable(order(), 12_000_00)),
      undefined,
    );
    assert.throws(
      () => rules.checkConfirmable(order(), 12_000_01),
      (error: AppError) =>
        error.code === 'ORDER_TOTAL_MISMATCH' &&
        error.status === 422 &&
        // Seed 001's sentence, as the seed writes it (dell’ordine, twice).
        error.detail ===
          seedSentence(1, 'Il totale delle righe', 'inserito in fase di richiesta del CIG.') &&
        error.extensions.linesTotalCents === 12_000_00 &&
        error.extensions.cigRequestTotalCents === 12_000_01,
    );
    assert.equal(
      refusal(() => rules.checkConfirmable(order({ lines: [] }), 0)),
      'ORDER_TOTAL_MISMATCH',
    );
  });

  it('follows the states of seed 001: lines until the appalto, CIG after it, sheet and documents until Invia', () => {
    assert.deepEqual(
      allowed((o) => rules.checkLinesEditable(o)),
      ['bozza'],
    );
    assert.deepEqual(
      allowed((o) => rules.checkConfirmable(o, 12_000_00)),
      ['bozza'],
    );
    assert.deepEqual(
      allowed((o) => rules.orderLifecycle.check('cig-acquisition-requested', o)),
      ['appalto-confermato'],
    );
    assert.deepEqual(
      allowed((o) => rules.checkSheetAvailable(o)),
      ['cig-acquisito'],
    );
    assert.deepEqual(
      allowed((o) => rules.checkDocumentsOpen(o)),
      ['bozza', 'appalto-in-corso', 'appalto-confermato', 'cig-in-corso', 'cig-acquisito'],
    );
    assert.deepEqual(
      allowed((o) => rules.checkPending(o)),
      ['inviato'],
    );
    assert.deepEqual(statuses.filter(rules.annullable), [
      'cig-in-corso',
      'cig-acquisito',
      'inviato',
      'approvato',
    ]);
  });

  it("refuses a step from a state it does not leave with the seed's words, naming the order and its state", () => {
    assert.throws(
      () => rules.orderLifecycle.check('cig-acquisition-requested', order({ status: 'bozza' })),
      {
        code: 'CIG_NOT_ACQUIRABLE',
        message: `Acquisisci CIG non disponibile: l'ordinativo ${order().code} è «Bozza»; serve prima la conferma dell'appalto da ANAC.`,
      },
    );
    assert.throws(() => rules.orderLifecycle.check('submitted', order({ status: 'inviato' })), {
      code: 'ORDER_NOT_SENDABLE',
      message: `Impossibile inviare: l'ordinativo ${order().code} è «Inviato».`,
    });
    assert.equal(
      rules.orderLifecycle.can('appalto-confirmed', 'appalto-confermato'),
      false,
      'a repeated answer of ANAC changes nothing',
    );
  });

  it('lets only the RUP with SPID level 2 or more, CIE or CNS call ANAC', () => {
    for (const actor of [
      { authMethod: 'cie' },
      { authMethod: 'cns' },
      { authMethod: 'spid', acr: 'https://www.spid.gov.it/SpidL2' },
    ]) {
      assert.equal(
        refusal(() => rules.checkStrongRup(actor)),
        undefined,
      );
    }
    for (const actor of [
      { authMethod: 'password' },
      { authMethod: 'spid', acr: 'https://www.spid.gov.it/SpidL1' },
      {},
    ]) {
      assert.throws(
        () => rules.checkStrongRup(actor),
        (error: AppError) =>
          error.status === 403 && /SPID \(livello 2 o 3\), CIE o CNS/.test(defined(error.detail)),
      );
    }
  });

  it('sends only with the CIG, the signed sheet and every mandatory document', () => {
    assert.equal(
      refusal(() =>
        rules.checkSendable(order({ status: 'cig-acquisito', signedSheetDocumentId: 'd' }), []),
      ),
      undefined,
    );
    assert.throws(
      () =>
        rules.checkSendable(order({ status: 'cig-acquisito' }), [
          'Contratto attuativo firmato digitalmente',
        ]),
      (error: AppError) =>
        error.code === 'DOCUMENTS_MISSING' &&
        error.detail ===
          'Prima di inviare carica: Scheda di sintesi ordinativo di fornitura firmata, Contratto attuativo firmato digitalmente.',
    );
    assert.equal(
      refusal(() => rules.checkSendable(order({ status: 'appalto-confermato' }), [])),
      'ORDER_NOT_SENDABLE',
    );
  });

  it('chooses the adhesion: the only one, the one named, or asks which', () => {
    const two = [
      { adhesionId: 'a-1', code: 'A000001/2026' },
      { adhesionId: 'a-2', code: 'A000002/2026' },
    ];
    assert.equal(rules.adhesionFor(false, [], undefined), null);
    assert.equal(rules.adhesionFor(true, two.slice(0, 1), undefined), 'a-1');
    assert.equal(rules.adhesionFor(true, two, 'a-2'), 'a-2');
    assert.equal(
      refusal(() => rules.adhesionFor(true, [], undefined)),
      'ADHESION_REQUIRED',
    );
    assert.equal(
      refusal(() => rules.adhesionFor(true, two, 'a-9')),
      'ADHESION_REQUIRED',
    );
    assert.throws(() => rules.adhesionFor(true, two, undefined), /A000001\/2026, A000002\/2026/);
  });

  it('shows an order to its agency, to the banditore once sent, to the supplier once approved, and to no one else', () => {
    const side = (status: OrderStatus, tenant: string) =>
      rules.sideOf({ agencyId: 'prato', status }, tenant, 'regione', 'fornitore');
    assert.equal(side('bozza', 'prato'), 'ordinante');
    assert.equal(side('bozza', 'regione'), undefined);
    assert.equal(side('inviato', 'regione'), 'banditore');
    assert.equal(side('inviato', 'fornitore'), undefined);
    assert.equal(side('approvato', 'fornitore'), 'fornitore');
    assert.equal(side('approvato', 'firenze'), undefined);
    assert.equal(
      refusal(() => rules.checkSide('banditore', 'ordinante')),
      'NOT_ORDERING_AGENCY',
    );
  });

  it('lets only the profiles a registration names order on a convention (seed 000); an agreement asks none', () => {
    const seed = seedSentence(0, 'Per accedere al negozio elettronico', 'singole convenzioni');
    assert.throws(
      () => rules.checkRegistered({ kind: 'convenzione', title: 'Arredi' }, false),
      (error: AppError) => error.code === 'REGISTRATION_REQUIRED' && error.message.startsWith(seed),
    );
    assert.equal(
      refusal(() => rules.checkRegistered({ kind: 'convenzione', title: 'Arredi' }, true)),
      undefined,
    );
    assert.equal(
      refusal(() => rules.checkRegistered({ kind: 'accordo-quadro', title: 'Cloud' }, false)),
      undefined,
    );
  });

  it('refuses a dispute unless the contract allows it, saying what seed 001 says of the issued order', () => {
    const seed = seedSentence(
      1,
      'L’emissione dell’atto di adesione/contratto attuativo',
      'Amministrazione contraente e il fornitore.',
    ).replace(/\s+/g, ' ');
    assert.throws(
      () => rules.checkDisputeAllowed({ supplierMayDispute: false }),
      (error: AppError) =>
        error.code === 'DISPUTE_NOT_ALLOWED' && error.message.startsWith(seed.slice(0, -1)),
    );
    assert.equal(
      refusal(() => rules.checkDisputeAllowed({ supplierMayDispute: true })),
      undefined,
    );
  });

  it('takes one answer from the supplier; a dispute only before the deadline', () => {
    const approved = order({
      status: 'approvato',
      supplierResponse: 'in-attesa',
      supplierDeadline: '2026-12-01T10:00:00Z',
    });
    assert.equal(
      refusal(() => rules.checkSupplierAnswer(approved, true, new Date('2026-11-30T10:00:00Z'))),
      undefined,
    );
    assert.throws(
      () => rules.checkSupplierAnswer(approved, true, new Date('2026-12-02T10:00:00Z')),
      /scaduto il 01\/12\/2026/,
    );
    assert.equal(
      refusal(() => rules.checkSupplierAnswer(approved, false, new Date('2026-12-02T10:00:00Z'))),
      undefined,
    );
    assert.equal(
      refusal(() =>
        rules.checkSupplierAnswer(
          { ...approved, supplierResponse: 'presa-visione' },
          false,
          new Date(),
        ),
      ),
      'ALREADY_ANSWERED',
    );
    assert.equal(
      rules.supplierDeadline(new Date('2026-11-20T10:00:00Z'), 10).toISOString(),
      '2026-11-30T10:00:00.000Z',
    );
  });

  it('checks the CIG ANAC gives before it enters the order', () => {
    assert.deepEqual(rules.checkedDerivedCig([{ cig: '7154112FF8' }]), { cig: '7154112FF8' });
    assert.ok('problem' in rules.checkedDerivedCig([{ cig: '7154112FF9' }]));
    assert.ok('problem' in rules.checkedDerivedCig([]));
  });

  it('takes the signed sheet only when it wraps the generated sheet byte for byte', () => {
    const sheet = Buffer.from('%PDF-1.7 la scheda');
    assert.equal(
      refusal(() => rules.checkSheetMatches(sheet, 'application/pkcs7-mime', sheet, 'abc', 'abc')),
      undefined,
    );
    assert.equal(
      refusal(() => rules.checkSheetMatches(sheet, 'application/pkcs7-mime', sheet, 'abc', 'abd')),
      'SHEET_NOT_MATCHING',
    );
    const pades = Buffer.concat([sheet, Buffer.from(' firma')]);
    assert.equal(
      refusal(() => rules.checkSheetMatches(pades, 'application/pdf', sheet, 'x', 'y')),
      undefined,
    );
    assert.equal(
      refusal(() =>
        rules.checkSheetMatches(
          Buffer.from('%PDF-1.7 altra cosa firma'),
          'application/pdf',
          sheet,
          'x',
          'y',
        ),
      ),
      'SHEET_NOT_MATCHING',
    );
  });

  it('refuses an approval the ceiling cannot take, saying the remaining amount', () => {
    assert.equal(
      refusal(() => rules.checkCeilingReady(order({ ceiling: 'in-prenotazione' }))),
      'CEILING_PENDING',
    );
    assert.throws(
      () => rules.checkCeilingReady(order({ ceiling: 'rifiutato' }), 5_000_00),
      /residuo: 5\.000,00\s€/,
    );
  });
});

describe('payment rules', () => {
  it('reads euro amounts into cents without floating point', () => {
    assert.equal(euroToCents('1.234,56'), 123_456);
    assert.equal(euroToCents('1234,5'), 123_450);
    assert.equal(euroToCents('1234.56'), 123_456);
    assert.equal(euroToCents('€ 0,10'), 10);
    assert.equal(euroToCents('12,345'), undefined);
    assert.equal(euroToCents('dieci'), undefined);
    assert.equal(isoDay('31/12/2026'), '2026-12-31');
  });

  it('turns a CSV row into a mandate, or says what is wrong with it', () => {
    const good = mandateOfRow({
      numero_mandato: '2026/0042',
      data_mandato: '15/11/2026',
      importo: '1.200,00',
      beneficiario: 'Servizi Integrati S.p.A.',
      cig: '7154112FF8',
    });
    assert.ok(
      'mandate' in good &&
        good.mandate.amountCents === 120_000 &&
        good.mandate.issuedOn === '2026-11-15',
    );
    const bad = mandateOfRow({
      numero_mandato: '',
      data_mandato: '2026-13-45',
      importo: 'mille',
      beneficiario: 'X',
      cig: 'ZZZ',
    });
    assert.ok('errors' in bad);
    assert.match(bad.errors.join(' | '), /numero del mandato/);
    assert.match(bad.errors.join(' | '), /importo: «mille»/);
    assert.match(bad.errors.join(' | '), /CIG non valido/);
  });

  it('reads the act a mandate refers to (seed 003: data, numero e importo), and refuses half an act', () => {
    const withAct = mandateOfRow({
      numero_mandato: '2026/7001',
      data_mandato: '02/11/2026',
      importo: '12.000,00',
      beneficiario: 'Comune di Prato',
      data_atto: '15/10/2026',
      numero_atto: 'DD 1234',
      importo_atto: '12.000,00',
    });
    assert.ok('mandate' in withAct);
    assert.deepEqual(withAct.mandate.act, {
      date: '2026-10-15',
      number: 'DD 1234',
      amountCents: 12_000_00,
    });
    const halfAct = mandateOfRow({
      numero_mandato: '2026/7002',
      data_mandato: '02/11/2026',
      importo: '10,00',
      beneficiario: 'Comune di Prato',
      numero_atto: 'DD 1',
    });
    assert.ok('errors' in halfAct);
    assert.match(halfAct.errors.join(' | '), /act\.date/);
  });

  it('says the state of payment as seed 003 lists it: paid on a day, to pay, or past its due day', () => {
    assert.equal(
      paymentStatus({ paidOn: '2026-11-10', dueOn: '2026-11-30' }, '2026-12-07').statusLabel,
      'Pagato il 10/11/2026',
    );
    assert.deepEqual(paymentStatus({ paidOn: null, dueOn: '2026-12-31' }, '2026-12-07'), {
      status: 'da-pagare',
      statusLabel: 'Da pagare',
    });
    assert.deepEqual(paymentStatus({ paidOn: null, dueOn: '2026-11-30' }, '2026-12-07'), {
      status: 'scaduto',
      statusLabel: 'Da pagare, scaduto il 30/11/2026',
    });
  });

  it('computes ordered, paid and remaining, and flags an overpayment', () => {
    assert.deepEqual(paymentState(1000, [{ amountCents: 400 }]), {
      orderedCents: 1000,
      paidCents: 400,
      remainingCents: 600,
      overpaid: false,
      warning: null,
    });
    const over = paymentState(1000, [{ amountCents: 700 }, { amountCents: 400 }]);
    assert.equal(over.overpaid, true);
    assert.equal(over.remainingCents, 0);
    assert.match(defined(over.warning), /11,00\s€ su 10,00\s€/);
  });
});

describe('the banners of seed 001 while ANAC works (orange, «banner in arancione»)', () => {
  it('Conferma appalto and Acquisisci CIG show the seed’s sentences, character for character', () => {
    assert.equal(
      rules.banners.confirmation,
      seedSentence(1, 'La richiesta di conferma appalto è in corso', 'la funzione “Recupera CIG”.'),
    );
    assert.equal(
      rules.banners.acquisition,
      seedSentence(1, 'La richiesta di recupera CIG è in corso', 'previsto per la pubblicazione.'),
    );
  });
});

describe("the files of the supplier's PEC", () => {
  it('carries them in order while they fit, and names the rest', () => {
    const file = (fileName: string, size: number) => ({ fileName, bytes: Buffer.alloc(size) });
    const { attached, omitted } = rules.filesForPec(
      [file('scheda.pdf.p7m', 6), file('contratto.pdf.p7m', 5), file('dpa.pdf.p7m', 4)],
      10,
    );
    assert.deepEqual(
      attached.map((f) => f.fileName),
      ['scheda.pdf.p7m', 'dpa.pdf.p7m'],
    );
    assert.deepEqual(omitted, ['contratto.pdf.p7m']);
  });
});

describe('what the supplier returns on an approved order (seed 001)', () => {
  it('is the supplier’s, on an approved order, and a tracciabilità names its subject', () => {
    const approved = { status: 'approvato' as const };
    rules.checkSupplierReturn('fornitore', approved, 'dpa', '');
    rules.checkSupplierReturn('fornitore', approved, 'tracciabilita', 'Mandataria');
    assert.throws(
      () => rules.checkSupplierReturn('ordinante', approved, 'dpa', ''),
      /Solo il fornitore/,
    );
    assert.throws(
      () => rules.checkSupplierReturn('fornitore', { status: 'inviato' }, 'dpa', ''),
      /per un ordinativo approvato/,
    );
    assert.throws(
      () => rules.checkSupplierReturn('fornitore', approved, 'tracciabilita', ' '),
      /membro del RTI o la mandataria/,
    );
  });
});
