import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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

test('when the simulator answers with an error code, then it is one of ANAC’s own (modello-dati/tipologiche/errori)', () => {
  const anacCodes = new Set(npaCodeList('errori').map((entry) => entry.codice));
  const source = readdirSync(new URL('../src', import.meta.url), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8'))
    .join('\n');
  const used = [...source.matchAll(/['"`](ERR\d+)['"`]/g)].map((match) => match[1]);
  assert.ok(used.length > 10, 'the simulator’s codes are found');
  assert.deepEqual(
    [...new Set(used)].filter((code) => !anacCodes.has(String(code))),
    [],
  );
});
