import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anomalyKinds, newAnomalySchema } from '../src/anomalies/anomaly.rules.js';

/** Seed 004, "Segnalazione anomalie": what an Order may report about its panel. */
describe('an anomaly report', () => {
  test('when it names a kind, a PEC address and a description, then the address is kept in lower case', () => {
    const report = newAnomalySchema.parse({
      kind: 'mancante',
      address: 'Mario.Rossi@PEC.Ordine.it',
      description: 'La casella di un iscritto manca dal pannello.',
    });
    assert.equal(report.address, 'mario.rossi@pec.ordine.it');
    assert.equal(
      anomalyKinds[report.kind],
      "Casella di un iscritto assente dal pannello dell'Ordine",
    );
  });

  test('when the kind is missing, the address is not one, or the description is too short, then each says so in Italian', () => {
    const checked = newAnomalySchema.safeParse({
      address: 'non-un-indirizzo',
      description: 'breve',
    });
    assert.equal(checked.success, false);
    const messages = checked.error?.issues.map((issue) => issue.message) ?? [];
    assert.deepEqual(messages.sort(), [
      "Descrivi l'anomalia (almeno 10 caratteri).",
      'Indica il tipo di anomalia.',
      'Indirizzo PEC non valido.',
    ]);
  });

  test('when a field nobody asked for comes along, then the report is refused', () => {
    const checked = newAnomalySchema.safeParse({
      kind: 'dati-errati',
      description: 'Dati del titolare errati.',
      extra: 1,
    });
    assert.equal(checked.success, false);
  });
});
