import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { orchestratorRefusal } from '../src/schede/scheda-orchestrator.rules.js';
import { seedSentence } from '@app/platform/testing';
import {
  afterOutcome,
  bannerOf,
  checkDraft,
  schedaLifecycle,
  sendingBanner,
  type Scheda,
} from '../src/schede/scheda.rules.js';

test('when an ANN was sent or confirmed, then no scheda of any kind is admitted', () => {
  for (const status of ['inviata', 'confermata']) {
    for (const code of ['SC1', 'I1', 'CO1', 'CO2', 'ANN'] as const)
      assert.equal(orchestratorRefusal(code, [{ code: 'ANN', status }])?.code, 'APPALTO_ANNULLED');
  }
});

test('when an execution-phase scheda was sent, then ANN is refused and the others pass', () => {
  const others = [{ code: 'SC1' as const, status: 'confermata' }];
  assert.equal(orchestratorRefusal('ANN', others)?.code, 'ANN_NOT_ALLOWED');
  assert.equal(orchestratorRefusal('I1', others), undefined);
});

test('when the other schede are drafts or refused, then they do not count', () => {
  assert.equal(
    orchestratorRefusal('ANN', [
      { code: 'SC1', status: 'bozza' },
      { code: 'ANN', status: 'rifiutata' },
    ]),
    undefined,
  );
});

describe("the scheda's lifecycle", () => {
  const scheda = (status: Scheda['status']) => ({ status }) as Scheda;

  test('when a scheda is not a draft, then sending it is refused naming its state', () => {
    assert.throws(() => checkDraft(scheda('confermata')), {
      code: 'SCHEDA_NOT_DRAFT',
      message: 'La scheda è «Confermata da ANAC»: si invia solo una bozza.',
    });
    assert.doesNotThrow(() => checkDraft(scheda('bozza')));
  });

  test("ANAC's outcome takes the step its operation waits for; WT or nothing yet takes none", () => {
    assert.deepEqual(
      [
        afterOutcome('SC_CONF', 'OK'),
        afterOutcome('SC_CONF', 'KO'),
        afterOutcome('SC_ROLLBACK', 'OK'),
        afterOutcome('SC_ROLLBACK', 'KO'),
        afterOutcome('SC_CONF', 'WT'),
      ],
      ['confirmed', 'rejected', 'rolled-back', 'rollback-refused', undefined],
    );
    assert.equal(
      schedaLifecycle.steps['rollback-refused'].to,
      'confermata',
      'a refused rollback leaves the scheda confirmed',
    );
  });
});

test('when a scheda was sent and ANAC has not answered, then seed 001’s message says so, word for word', () => {
  // «Dopo aver cliccato su “Invia scheda”, la piattaforma mostrerà il seguente messaggio: …»
  assert.equal(
    sendingBanner,
    seedSentence(1, 'La richiesta di invio scheda è in corso.', 'tramite l’apposito pulsante.'),
  );
  assert.equal(bannerOf({ status: 'inviata' }), sendingBanner);
  for (const status of ['bozza', 'confermata', 'rifiutata', 'annullata'] as const)
    assert.equal(bannerOf({ status }), null);
});
