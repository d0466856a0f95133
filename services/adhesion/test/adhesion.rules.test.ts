import assert from 'node:assert/strict';
import { seedSentence } from '@app/platform/testing';
import { describe, it } from 'node:test';
import { AppError, defined } from '@app/platform/errors';
import {
  checkOpenTo,
  checkRegistered,
  type KnownContract,
} from '../src/contracts/known-contract.rules.js';
import * as rules from '../src/adhesions/adhesion.rules.js';
import type { Adhesion } from '../src/adhesions/adhesion.rules.js';
import { roundViews } from '../src/adhesions/adhesion-view.rules.js';
import { signerRelationOf } from '../src/members/agency-member.rules.js';

const banditore = 'agency-regione';
const prato = 'agency-prato';

const contract: KnownContract = {
  contractId: 'c-1',
  kind: 'accordo-quadro',
  banditoreAgencyId: banditore,
  title: 'Sistema Cloud Toscana',
  cig: '1234567890',
  ceilingCents: 1_000_000_00,
  expiryDate: '2029-12-31',
  eligibleAgencies: null,
  status: 'pubblicato',
  rounds: [
    {
      title: 'Round 0',
      documents: [
        {
          id: '0-1',
          name: 'Manifestazione di interesse',
          mandatory: true,
          signed: true,
          ipotesi: 'AB',
        },
        { id: '0-2', name: 'Piano dei fabbisogni', mandatory: true, signed: true, ipotesi: 'B' },
        { id: '0-3', name: 'Allegato facoltativo', mandatory: false, signed: false, ipotesi: 'AB' },
      ],
    },
    {
      title: 'Round 1',
      documents: [
        {
          id: '1-1',
          name: 'Data Protection Agreement',
          mandatory: true,
          signed: true,
          ipotesi: 'B',
        },
      ],
    },
  ],
};

const adhesion = (change: Partial<Adhesion> = {}): Adhesion => ({
  id: 'a-1',
  code: 'A000042/2026',
  contractId: 'c-1',
  agencyId: prato,
  ipotesi: 'A',
  amountCents: 100_00,
  status: 'bozza',
  currentRound: 0,
  rejection: null,
  sender: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  submittedAt: null,
  approvedAt: null,
  ...change,
});

/** The refusal's code, or undefined when the check passes. */
function refusal(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    assert.ok(error instanceof AppError, `expected a refusal, got ${String(error)}`);
    return error.code;
  }
}

describe('adhesion rules', () => {
  it('gives codes of seed 001 and refuses the millionth of a year', () => {
    assert.equal(rules.adhesionCode(42, 2026), 'A000042/2026');
    assert.equal(rules.adhesionCode(999_999, 2026), 'A999999/2026');
    assert.equal(
      refusal(() => rules.adhesionCode(1_000_000, 2026)),
      'CODES_EXHAUSTED',
    );
  });

  it('lets an amount up to the ceiling, and says both amounts in euro when it is over', () => {
    assert.equal(
      refusal(() => rules.checkAmount(contract, 1_000_000_00)),
      undefined,
    );
    assert.throws(
      () => rules.checkAmount(contract, 1_000_000_01),
      (error: AppError) =>
        error.code === 'AMOUNT_OVER_CEILING' &&
        error.status === 400 &&
        /1\.000\.000,01/.test(defined(error.detail)) &&
        /1\.000\.000,00/.test(defined(error.detail)),
    );
  });

  it('opens a contract only while published, not expired, to eligible agencies other than the banditore', () => {
    assert.equal(
      refusal(() => checkOpenTo(contract, prato, '2026-06-01')),
      undefined,
    );
    assert.equal(
      refusal(() => checkOpenTo(contract, prato, '2030-01-01')),
      'CONTRACT_NOT_OPEN',
    );
    assert.equal(
      refusal(() => checkOpenTo({ ...contract, status: 'sospeso' }, prato, '2026-06-01')),
      'CONTRACT_NOT_OPEN',
    );
    assert.equal(
      refusal(() => checkOpenTo(contract, banditore, '2026-06-01')),
      'BANDITORE_ADHERES',
    );
    assert.equal(
      refusal(() => checkOpenTo({ ...contract, eligibleAgencies: ['other'] }, prato, '2026-06-01')),
      'NOT_ELIGIBLE',
    );
  });

  it('lets only the profiles a registration names act on a convention (seed 000); an agreement asks none', () => {
    const seed = seedSentence(0, 'Per accedere al negozio elettronico', 'singole convenzioni');
    const convention = { ...contract, kind: 'convenzione', title: 'Arredi' };
    assert.throws(
      () => checkRegistered(convention, false),
      (error: Error & { code?: string }) =>
        error.code === 'REGISTRATION_REQUIRED' &&
        error.message.startsWith(seed) &&
        error.message.includes('«Arredi»'),
    );
    assert.equal(
      refusal(() => checkRegistered(convention, true)),
      undefined,
    );
    assert.equal(
      refusal(() => checkRegistered(contract, false)),
      undefined,
    );
  });

  it('shows an adhesion to its agency and to the banditore only', () => {
    assert.equal(rules.sideOf(adhesion(), contract, prato), 'aderente');
    assert.equal(rules.sideOf(adhesion(), contract, banditore), 'banditore');
    assert.equal(rules.sideOf(adhesion(), contract, 'agency-firenze'), undefined);
    assert.equal(
      refusal(() => rules.checkAdhering('banditore')),
      'NOT_ADHERING_AGENCY',
    );
  });

  it('sends a draft only with every mandatory document of the open round of its ipotesi', () => {
    assert.equal(
      refusal(() => rules.checkSendable(adhesion(), contract, ['0-1'])),
      undefined,
    );
    assert.throws(
      () => rules.checkSendable(adhesion({ ipotesi: 'B' }), contract, ['0-1']),
      (error: AppError) =>
        error.code === 'DOCUMENTS_MISSING' &&
        error.status === 422 &&
        (error.extensions.missing as string[]).join() === '0-2' &&
        error.detail === 'Prima di inviare carica: Piano dei fabbisogni.',
    );
    assert.equal(
      refusal(() => rules.checkSendable(adhesion({ status: 'inviata' }), contract, ['0-1'])),
      'ADHESION_NOT_SENDABLE',
    );
  });

  it('follows the table of transitions of seed 001', () => {
    const statuses: Adhesion['status'][] = ['bozza', 'inviata', 'in-valutazione', 'approvata'];
    const allowed = (check: (a: Adhesion) => void) =>
      statuses.filter((status) => !refusal(() => check(adhesion({ status }))));
    assert.deepEqual(
      allowed((a) => rules.checkWithdrawable(a)),
      ['inviata'],
    );
    assert.deepEqual(
      allowed((a) => rules.checkDeletable(a)),
      ['bozza'],
    );
    assert.deepEqual(
      allowed((a) => rules.checkTakeable(a, 0)),
      ['inviata'],
    );
    assert.deepEqual(
      allowed((a) => rules.checkPending(a, 0, 'approvare')),
      ['inviata', 'in-valutazione'],
    );
    assert.deepEqual(
      allowed((a) => rules.checkStep1Editable(a)),
      ['bozza'],
    );
    assert.deepEqual(
      allowed((a) => rules.checkDocumentsOpen(a, 'aderente', 0)),
      ['bozza'],
    );
  });

  it('tells why each refused transition is refused, in Italian, with the code of the adhesion', () => {
    assert.throws(
      () => rules.checkWithdrawable(adhesion()),
      /non è stata inviata: non c'è un invio da ritirare/,
    );
    assert.throws(
      () => rules.checkWithdrawable(adhesion({ status: 'in-valutazione' })),
      /ha già preso in carico/,
    );
    assert.throws(
      () => rules.checkDeletable(adhesion({ status: 'inviata' })),
      /ritira prima l'invio/,
    );
    assert.throws(
      () => rules.checkDeletable(adhesion({ status: 'approvata' })),
      (error: AppError) =>
        error.detail === "Impossibile eliminare: l'adesione A000042/2026 è già stata approvata.",
    );
    assert.throws(
      () => rules.checkPending(adhesion({ status: 'inviata', currentRound: 1 }), 0, 'approvare'),
      (error: AppError) =>
        error.code === 'ROUND_NOT_PENDING' &&
        /round 1, non del round 0/.test(defined(error.detail)),
    );
  });

  it('keeps step 1 to a draft of round 0, and names the uploaded documents a new ipotesi would strand', () => {
    assert.equal(
      refusal(() => rules.checkStep1Editable(adhesion({ currentRound: 1 }))),
      'ADHESION_NOT_EDITABLE',
    );
    assert.deepEqual(rules.strandedDocuments(contract, 'A', ['0-1', '0-2']), [
      'Piano dei fabbisogni',
    ]);
    assert.deepEqual(rules.strandedDocuments(contract, 'B', ['0-1', '0-2']), []);
    assert.equal(
      refusal(() => rules.checkNoStrandedDocuments('A', ['Piano dei fabbisogni'])),
      'DOCUMENTS_NOT_IN_IPOTESI',
    );
  });

  it('takes documents only for the open round, and only those its ipotesi asks for', () => {
    assert.equal(
      rules.requirementOf(adhesion(), 'aderente', contract, '0-1')?.name,
      'Manifestazione di interesse',
    );
    assert.equal(rules.requirementOf(adhesion(), 'aderente', contract, '0-9'), undefined);
    assert.equal(
      refusal(() => rules.requirementOf(adhesion(), 'aderente', contract, '0-2')),
      'DOCUMENT_NOT_IN_IPOTESI',
    );
    assert.equal(
      refusal(() => rules.requirementOf(adhesion(), 'aderente', contract, '1-1')),
      'ROUND_NOT_OPEN',
    );
    assert.equal(
      refusal(() => rules.requirementOf(adhesion(), 'banditore', contract, '0-1')),
      'NOT_ADHERING_AGENCY',
    );
  });

  it('skips the rounds that ask nothing of the ipotesi', () => {
    assert.equal(rules.nextRound(contract, adhesion({ ipotesi: 'B' })), 1);
    assert.equal(rules.nextRound(contract, adhesion({ ipotesi: 'A' })), null);
    assert.equal(rules.nextRound(contract, adhesion({ ipotesi: 'B', currentRound: 1 })), null);
    assert.deepEqual(
      roundViews(contract, adhesion({ ipotesi: 'A' }), []).map((round) => round.round),
      [0],
    );
    assert.deepEqual(
      roundViews(contract, adhesion({ ipotesi: 'B' }), []).map((round) => round.round),
      [0, 1],
    );
  });

  it('sends a round not approved back in bozza, and keeps «Richiedi adesione» from the agency while that draft is there', () => {
    // Seed 001: «non vedrà il pulsante “richiedi adesione” ma dovrà accedere all’adesione tornata
    // in bozza cliccando sul simbolo occhio.»
    assert.match(
      seedSentence(1, 'Nel caso di mancata approvazione', 'cliccando sul simbolo occhio.'),
      /dovrà accedere all’adesione tornata in bozza/,
    );
    assert.equal(rules.adhesionLifecycle.steps.roundRejected.to, 'bozza');
    assert.equal(
      refusal(() => rules.checkNoRejectedDraft(undefined)),
      undefined,
    );
    assert.throws(
      () => rules.checkNoRejectedDraft('A000001/2026'),
      /A000001\/2026 è tornata in bozza/,
    );
  });

  it('labels every state for people, and names the signer of a file from the agency', () => {
    assert.equal(rules.statusLabels['in-valutazione'], 'In valutazione');
    assert.equal(signerRelationOf('RSSMRA80A01H501U', 'RSSMRA80A01H501U', false), 'caricatore');
    assert.equal(signerRelationOf('VRDLGU70A01H501X', 'RSSMRA80A01H501U', true), 'ente');
    assert.equal(signerRelationOf('VRDLGU70A01H501X', 'RSSMRA80A01H501U', false), 'esterno');
    assert.equal(signerRelationOf(null, 'RSSMRA80A01H501U', true), null);
  });

  it('lists each refusal once, with its status and an Italian title', () => {
    for (const [code, refusalOf] of Object.entries(rules.adhesionRefusals)) {
      assert.equal(refusalOf.code, code);
      assert.ok([400, 403, 409, 422].includes(refusalOf.status), code);
      assert.ok(refusalOf.title.length > 5, code);
    }
  });
});
