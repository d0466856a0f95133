import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSchedaBody, npaCodeList } from '../src/index.js';

test('when the published code lists are read, then the values the gateway sends are there (Prato, CCNL H01, CPV 72000000, ruoloOE 14)', () => {
  const has = (list: string, code: string) =>
    npaCodeList(list).some((entry) => entry.codice === code);
  assert.ok(has('codIstat', '009100005'));
  assert.ok(has('ccnl', 'H01'));
  assert.ok(has('CPV', '72000000'));
  assert.ok(has('ruoloOE', '14'));
  assert.ok(has('codNUTS', 'ITI15'), 'codNUTS.json parses despite its trailing comma');
});

test('when a scheda misses what ANAC’s model requires, then the check names it', () => {
  const check = checkSchedaBody('ANN', { anacForm: { cig: 'B000000001' } });
  assert.equal(check.valid, false);
  assert.match(check.errors.join(' '), /annullamento/);
  assert.equal(
    checkSchedaBody('ANN', {
      anacForm: {
        cig: 'B000000001',
        annullamento: { motivoAnnullamento: { idTipologica: 'motivoAnnullamento', codice: '1' } },
      },
    }).valid,
    true,
  );
});
