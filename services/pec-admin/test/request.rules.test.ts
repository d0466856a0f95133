import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerOf,
  caseOutcome,
  labelled,
  providerCall,
  requestLifecycle,
  retryDelay,
  waitingReason,
} from '../src/requests/request.rules.js';
import { defined } from '@app/platform/errors';

describe('the request ledger towards the provider', () => {
  it("reads the provider's answer: done, its trouble (tried again), or a refusal with its reason", () => {
    assert.equal(answerOf(201, { indirizzo: 'a@ingpec.eu' }).kind, 'done');
    for (const status of [401, 408, 429, 500, 502, 503])
      assert.equal(answerOf(status, {}).kind, 'unreachable', String(status));
    assert.deepEqual(answerOf(409, { motivo: 'Il titolare ha già la casella.' }), {
      kind: 'refused',
      status: 409,
      reason: 'Il titolare ha già la casella.',
    });
    assert.deepEqual(answerOf(422, {}), {
      kind: 'refused',
      status: 422,
      reason: 'Richiesta rifiutata dal gestore (422).',
    });
  });

  it('asks the provider for each kind with the payload the Order wrote, the address escaped', () => {
    assert.deepEqual(providerCall('reset-password', { indirizzo: 'a b@ingpec.eu' }), {
      method: 'POST',
      path: '/partner/v1/caselle/a%20b%40ingpec.eu/reset-password',
    });
    assert.deepEqual(providerCall('cancellazione', { indirizzo: 'x@ingpec.eu' }), {
      method: 'DELETE',
      path: '/partner/v1/caselle/x%40ingpec.eu',
    });
    assert.deepEqual(
      providerCall('modifica-titolare', { indirizzo: 'x@ingpec.eu', modifiche: { telefono: '1' } })
        .body,
      { telefono: '1' },
    );
    assert.equal(
      defined(
        providerCall('trasferimento-ingresso', { indirizzo: 'x@ingpec.eu', codiceFiscale: 'X' })
          .body,
      ).direzione,
      'ingresso',
    );
    assert.equal(
      defined(
        providerCall('trasferimento-uscita', { indirizzo: 'x@ingpec.eu', ordineDestinazione: 'RM' })
          .body,
      ).direzione,
      'uscita',
    );
  });

  it('waits the configured steps, the last one repeating, and says until when', () => {
    assert.deepEqual(
      [1, 2, 3, 9].map((attempt) => retryDelay(attempt, [100, 200, 300])),
      [100, 200, 300, 300],
    );
    assert.match(
      waitingReason('il gestore ha risposto 503', new Date('2026-11-29T10:00:05Z')),
      /^In attesa: il gestore ha risposto 503\. Nuovo tentativo alle 11:00:05\.$/,
    );
  });

  it('reads a case of the back office: open, done with its outcome, or refused with its reason', () => {
    assert.deepEqual(
      caseOutcome({ stato: 'in-lavorazione' }),
      {},
      'still open: no step, the request stays «Inviata al gestore»',
    );
    assert.deepEqual(caseOutcome({ stato: 'eseguita', esito: 'corretta', motivo: 'Fatto.' }), {
      step: 'executed',
      outcome: 'corretta',
      reason: 'Fatto.',
    });
    assert.deepEqual(caseOutcome({ stato: 'respinta', esito: 'respinta', motivo: null }), {
      step: 'refused',
      outcome: 'respinta',
      reason: 'Pratica respinta dal gestore.',
    });
    assert.deepEqual(
      [requestLifecycle.steps.executed.to, requestLifecycle.steps.refused.to],
      ['eseguita', 'rifiutata'],
    );
    assert.equal(
      requestLifecycle.can('executed', 'eseguita'),
      false,
      'a closed request is not closed again',
    );
  });

  it('labels kinds and states in Italian', () => {
    const row = labelled({ kind: 'trasferimento-uscita', state: 'inviata' });
    assert.equal(row.kindLabel, 'Trasferimento in uscita');
    assert.equal(row.stateLabel, 'Inviata al gestore');
  });
});
