import { describe, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { checkSchedaBody } from '@app/sim-anac-pcp';
import { ad4Scheda } from '../src/cig-requests/ad4-scheda.rules.js';
import { cigRequestSchema } from '../src/cig-requests/cig-request.schema.js';
import {
  acquisitionNeeded,
  checkAdhesionReference,
  cigsOfLots,
  confirmationOutcome,
  confirmationStart,
  pollDelay,
  rupIdentityOf,
  type CigRequest,
} from '../src/cig-requests/cig-request.rules.js';
import { codedFieldsOf } from '../src/cig-requests/coded-fields.rules.js';
import { codeRefusals } from '../src/code-lists/code-lists.rules.js';
import { explain, explainRefusal } from '../src/pcp/anac-errors.rules.js';
import { cloudRequest } from './harness.js';

const data = {
  ...cigRequestSchema.parse(cloudRequest()),
  codiceAppalto: 'NE-2026-0001',
  participantId: randomUUID(),
};
const request = (change: Partial<CigRequest>): CigRequest =>
  ({
    id: 'r-1',
    agencyId: 'a-1',
    status: 'bozza',
    data,
    idAppalto: null,
    appaltoSentVersion: null,
    version: 1,
    ...change,
  }) as CigRequest;
const codeOf = (work: () => unknown) => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe('CIG request rules', () => {
  test('when Conferma appalto is asked, then a request in progress does nothing, one ANAC holds unchanged is confirmed, else created', () => {
    assert.equal(confirmationStart(request({ status: 'in-corso' })), 'already-in-progress');
    assert.equal(confirmationStart(request({ status: 'bozza' })), 'crea');
    assert.equal(
      confirmationStart(request({ status: 'rifiutato', idAppalto: 'A-1', appaltoSentVersion: 1 })),
      'conferma',
    );
    assert.equal(
      confirmationStart(request({ status: 'rifiutato', idAppalto: 'A-1', appaltoSentVersion: 0 })),
      'crea',
    );
    assert.ok(codeOf(() => confirmationStart(request({ status: 'cig-acquisiti' }))));
  });

  test('when Acquisisci CIG is asked before ANAC confirmed the appalto, then it is refused saying the state; after, once', () => {
    assert.equal(acquisitionNeeded(request({ status: 'confermato' })), true);
    assert.equal(acquisitionNeeded(request({ status: 'cig-acquisiti' })), false);
    assert.equal(
      codeOf(() => acquisitionNeeded(request({ status: 'bozza' }))),
      'APPALTO_NOT_CONFIRMED',
    );
  });

  test('when ANAC answers the CIGs, then each lot gets its own, and a lot left without one refuses the answer', () => {
    const found = [
      { cig: 'B000000001', lotIdentifier: 'LOT-0001' },
      { cig: 'B000000002', lotIdentifier: 'LOT-0002' },
    ];
    assert.deepEqual(
      cigsOfLots(request({}), found).map((lot) => lot.cig),
      ['B000000001', 'B000000002'],
    );
    assert.equal(
      codeOf(() => cigsOfLots(request({}), found.slice(0, 1))),
      'CIG_NOT_ACQUIRED',
    );
  });

  test('when ANAC’s latest esito predates this confirmation, then it is not this one’s; WT is no outcome', () => {
    const sent = '2026-12-06T10:00:00Z';
    assert.equal(
      confirmationOutcome({ esito: { codice: 'OK' }, dataControllo: '2026-12-06T10:00:05Z' }, sent),
      'OK',
    );
    assert.equal(
      confirmationOutcome({ esito: { codice: 'KO' }, dataControllo: '2026-12-06T09:00:00Z' }, sent),
      undefined,
    );
    assert.equal(confirmationOutcome({ esito: { codice: 'WT' } }, sent), undefined);
    assert.equal(confirmationOutcome(undefined, sent), undefined);
  });

  test('when polls repeat, then the wait doubles up to its ceiling', () => {
    assert.deepEqual(
      [0, 1, 2, 30].map((n) => pollDelay(n, 1000, 60_000)),
      [1000, 2000, 4000, 60_000],
    );
  });

  test('when the adhesion named is another agency’s or another agreement’s, then ADHESION_NOT_USABLE', () => {
    const approved = { agencyId: 'a-1', contractCig: '7154112FF8', code: 'ADE-1' };
    assert.equal(
      codeOf(() => checkAdhesionReference(approved, 'a-1', '7154112FF8')),
      undefined,
    );
    assert.equal(
      codeOf(() => checkAdhesionReference(approved, 'a-2', '7154112FF8')),
      'ADHESION_NOT_USABLE',
    );
    assert.equal(
      codeOf(() => checkAdhesionReference(approved, 'a-1', '0000000000')),
      'ADHESION_NOT_USABLE',
    );
  });

  test('when someone acts on ANAC, then only a RUP with SPID 2 or 3, CIE or CNS, with a codice fiscale, for an agency with AUSA passes', () => {
    const agency = { fiscalCode: '84006890481', ausaCode: '0000123456' };
    const rup = {
      roles: ['rup'],
      authMethod: 'spid',
      acr: 'https://www.spid.gov.it/SpidL2',
      fiscalNumber: 'TINIT-CLMSRA80A41D612X',
    };
    assert.deepEqual(rupIdentityOf(rup, agency), {
      fiscalCode: 'CLMSRA80A41D612X',
      idpType: 'SPID',
      loa: '3',
      ausaCode: '0000123456',
      agencyFiscalCode: '84006890481',
    });
    assert.equal(rupIdentityOf({ ...rup, authMethod: 'cns', acr: undefined }, agency).loa, '4');
    assert.equal(
      codeOf(() => rupIdentityOf({ ...rup, roles: ['buyer'] }, agency)),
      'RUP_REQUIRED',
    );
    assert.equal(
      codeOf(() => rupIdentityOf({ ...rup, authMethod: 'password' }, agency)),
      'STRONG_AUTH_REQUIRED',
    );
    assert.equal(
      codeOf(() => rupIdentityOf({ ...rup, acr: 'https://www.spid.gov.it/SpidL1' }, agency)),
      'STRONG_AUTH_REQUIRED',
    );
    assert.equal(
      codeOf(() => rupIdentityOf({ ...rup, fiscalNumber: undefined }, agency)),
      'FISCAL_CODE_REQUIRED',
    );
    assert.equal(
      codeOf(() => rupIdentityOf(rup, { ...agency, ausaCode: null })),
      'AUSA_REQUIRED',
    );
  });
});

describe('what ANAC receives and answers', () => {
  test('when the AD4 scheda is built from a request, then ANAC’s own schema (modello-dati-schede-AD4) accepts it', () => {
    const scheda = ad4Scheda(data, { fiscalCode: '84006890481', ausaCode: '0000123456' });
    const checked = checkSchedaBody('AD4', scheda.body);
    assert.deepEqual(checked.errors, []);
    assert.equal(checked.valid, true);
  });

  test('when coded fields are checked against the lists read from ANAC, then an unknown or expired code is named by field and list; an unread list refuses nothing', () => {
    const fields = codedFieldsOf(data);
    assert.ok(fields.some((field) => field.path === 'lots.1.cpv' && field.list === 'CPV'));
    const cpv = fields.filter((field) => field.list === 'CPV');
    const [expired] = cpv;
    assert.ok(expired);
    const found = new Map([
      [
        `CPV|${expired.code}`,
        {
          code: expired.code,
          label: 'Servizi informatici',
          validFrom: null,
          validTo: '2020-01-01',
        },
      ],
    ]);
    const { refusals } = codeRefusals(
      cpv,
      found as never,
      new Set(['CPV']),
      new Date('2026-12-06'),
    );
    assert.deepEqual(
      refusals.map(
        (refusal) => /non è in vigore|non è un codice dell'elenco/.exec(refusal.message)?.[0],
      ),
      ['non è in vigore', "non è un codice dell'elenco"],
    );
    assert.deepEqual(codeRefusals(cpv, new Map(), new Set(), new Date()).unread, ['CPV']);
  });

  test('when ANAC refuses, then each error is explained in Italian; a refusal without codes is named by its HTTP status', () => {
    const [known] = explain([{ codice: 'ERR38' }]);
    assert.match(known?.spiegazione ?? '', /codice appalto è già stato usato/);
    const [unknown] = explain([{ codice: 'ERR777', dettaglio: 'x' }]);
    assert.match(unknown?.spiegazione ?? '', /ERR777: x\.$/);
    assert.equal(explainRefusal({ status: 503, body: {} })[0]?.codice, 'HTTP503');
  });
});
