import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { partnerPanels, Refusal } from '../src/partner-panels.js';
import { defined } from '@app/platform/errors';

const accounts = [
  { ordine: 'FI', name: 'Ordine di Firenze', user: 'fi', password: 'x' },
  { ordine: 'PI', name: 'Ordine di Pisa', user: 'pi', password: 'y' },
];
const holder = (codiceFiscale: string, nome = 'Mario', cognome = 'Rossi') => ({
  nome,
  cognome,
  codiceFiscale,
  emailRiferimento: 'm@example.org',
});
const refusal = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  assert.fail('expected a refusal');
};

describe("the provider's panels (simulator)", () => {
  it('names boxes nome.cognome, the next number on a clash, never an address twice, accents and apostrophes dropped', () => {
    const panels = partnerPanels('ingpec.eu', accounts, []);
    assert.equal(panels.create('FI', holder('A'), true).indirizzo, 'mario.rossi@ingpec.eu');
    assert.equal(panels.create('PI', holder('B'), true).indirizzo, 'mario.rossi1@ingpec.eu');
    defined(panels.boxes.get('mario.rossi1@ingpec.eu')).stato = 'cancellata';
    assert.equal(panels.create('FI', holder('C'), false).indirizzo, 'mario.rossi2@ingpec.eu');
    assert.equal(
      panels.create('FI', holder('D', 'Niccolò', "D'Amico"), true).indirizzo,
      'niccolo.damico@ingpec.eu',
    );
    assert.equal(defined(panels.boxes.get('mario.rossi2@ingpec.eu')).stato, 'non-attiva');
  });

  it('keeps one live box per codice fiscale and each panel to its own boxes', () => {
    const panels = partnerPanels('ingpec.eu', accounts, []);
    panels.create('PI', holder('A'), true);
    assert.match(
      refusal(() => panels.create('FI', holder('a'), true)).message,
      /nel pannello di Ordine di Pisa: chiedi il trasferimento/,
    );
    assert.equal(refusal(() => panels.boxOf('FI', 'mario.rossi@ingpec.eu')).status, 404);
  });

  it("moves a box in for the destination Order, refuses another holder's, and turns a transfer outside the convention into a case", () => {
    const panels = partnerPanels('ingpec.eu', accounts, [{ ordine: 'RM', name: 'Ordine di Roma' }]);
    panels.create('PI', holder('A'), true);
    assert.equal(
      refusal(() => panels.transferIn('FI', 'mario.rossi@ingpec.eu', 'B')).codice,
      'TITOLARE-DIVERSO',
    );
    assert.equal(panels.transferIn('FI', 'mario.rossi@ingpec.eu', 'a').ordine, 'FI');
    assert.equal(
      refusal(() => panels.transferOut('FI', 'mario.rossi@ingpec.eu', 'PI')).codice,
      'DESTINAZIONE-IN-CONVENZIONE',
    );
    assert.equal(
      refusal(() => panels.transferOut('FI', 'mario.rossi@ingpec.eu', 'ZZ')).codice,
      'ORDINE-SCONOSCIUTO',
    );
    const opened = panels.transferOut('FI', 'mario.rossi@ingpec.eu', 'RM') as {
      id: string;
      foglio: string;
    };
    assert.match(
      opened.foglio,
      /^Indirizzo PEC;Nome;Cognome;Codice Fiscale;Ordine di provenienza;Ordine di destinazione\r\nmario\.rossi@ingpec\.eu;Mario;Rossi;A;Ordine di Firenze;Ordine di Roma$/,
    );
    assert.equal(defined(panels.boxes.get('mario.rossi@ingpec.eu')).stato, 'attiva');
    panels.close(opened.id, 'eseguito', 'Confermato.');
    assert.equal(defined(panels.boxes.get('mario.rossi@ingpec.eu')).stato, 'trasferita');
    assert.equal(
      panels.close(opened.id, 'respinta', 'Tardi.').stato,
      'eseguita',
      'a closed case stays closed',
    );
  });
});
