import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoPlatform, type DemoPlatform } from '../../scripts/demo-platform.js';
import { passwordSession, type Session } from '../../scripts/gateway-client.js';
import { csvUpload, fiscalCode, mailboxIn, member } from './pec-helpers.js';
import { defined } from '@app/platform/errors';

const header =
  'Cognome;Nome;Codice Fiscale;Numero Iscrizione;Data Iscrizione;E-mail di riferimento;Telefono;Indirizzo di residenza';

/** Issue "PEC administration", bulk load and INI-PEC: a dry run, the confirmed rows once, the check of INI-PEC's extract. */
describe('bulk load of new members and INI-PEC (seed 004)', () => {
  let demo: DemoPlatform;
  let anna: Session;

  before(async () => {
    demo = await startDemoPlatform({ PEC_PARTNER_POLL_MS: '100', PEC_PARTNER_FOLLOW_MS: '300' });
    anna = await passwordSession(demo.gateway, 'anna.galli');
  });
  after(async () => {
    await demo?.stop();
  });

  test('a file with bad rows: the dry run reports each row and changes nothing; the confirmed rows apply once', async () => {
    const boxed = await anna.call(
      'POST',
      '/api/v1/pec/members',
      member(10, { givenName: 'Elena', familyName: 'Rossi' }),
      201,
    );
    await mailboxIn(
      anna,
      (await anna.call('POST', '/api/v1/pec/mailboxes', { memberId: boxed.id }, 202)).id,
      ['attiva'],
    );
    const file = [
      header,
      `Bianchi;Laura;${fiscalCode(11)};T-11;03/11/2026;laura.bianchi@example.org;055 111111;Via Roma 1, Firenze`,
      `Conti;Marta;${fiscalCode(12)};T-12;2026-11-03;marta.conti@example.org;;`,
      `Rossi;Elena;${fiscalCode(13)};T-13;03/11/2026;elena.rossi.2@example.org;;`,
      'Neri;Piero;RSSMRA80A01D612X;T-14;03/11/2026;piero.neri@example.org;;',
      `Bianchi;Laura;${fiscalCode(11)};T-15;03/11/2026;laura.b@example.org;;`,
      `Rossi;Elena;${fiscalCode(10)};T-10;02/11/2026;iscritto10@example.org;;`,
      `Galli;Ugo;${fiscalCode(16)};T-16;31/02/2026;ugo@example.org;;`,
    ].join('\r\n');
    const answer = await csvUpload(anna, '/api/v1/pec/imports?formato=nuove-iscrizioni', file);
    assert.equal(answer.status, 201, await answer.clone().text());
    const report = await answer.json();
    const byRow = (row: number) => report.rows.find((entry: { row: number }) => entry.row === row);
    assert.deepEqual(report.counts, { valida: 2, avviso: 1, errore: 4 });
    assert.equal(byRow(1).outcome, 'valida');
    assert.equal(byRow(3).outcome, 'avviso');
    assert.match(byRow(3).messages.join(' '), /Omonimia: elena\.rossi@… è già usato/);
    assert.match(byRow(4).messages.join(' '), /Codice fiscale non valido/);
    assert.match(byRow(5).messages.join(' '), /Duplicato della riga 1 \(codice fiscale\)/);
    assert.match(byRow(6).messages.join(' '), /Ha già una casella: elena\.rossi@ingpec\.eu/);
    assert.match(byRow(7).messages.join(' '), /Data d'iscrizione mancante o non valida/);
    assert.equal(
      (await anna.call('GET', '/api/v1/pec/members')).items.length,
      1,
      'the dry run registers nobody',
    );

    const refused = await anna.call(
      'POST',
      `/api/v1/pec/imports/${report.id}/apply`,
      { rows: [1, 4] },
      422,
    );
    assert.match(refused.detail, /Righe con errori: 4/);
    await anna.call('POST', `/api/v1/pec/imports/${report.id}/apply`, { rows: [99] }, 422);
    assert.equal(
      (await anna.call('GET', '/api/v1/pec/members')).items.length,
      1,
      'a refused apply changes nothing',
    );
    const applied = await anna.call('POST', `/api/v1/pec/imports/${report.id}/apply`, {
      rows: [1, 2, 3],
    });
    assert.deepEqual(
      applied.applied.map((entry: { row: number }) => entry.row),
      [1, 2, 3],
    );
    const again = await anna.call('POST', `/api/v1/pec/imports/${report.id}/apply`, {
      rows: [1, 2, 3],
    });
    assert.deepEqual(again, { applied: [], alreadyApplied: [1, 2, 3] });
    assert.equal((await anna.call('GET', '/api/v1/pec/members')).items.length, 4);
    const third = await mailboxIn(anna, applied.applied[2].mailboxId, ['attiva']);
    assert.equal(third.address, 'elena.rossi1@ingpec.eu');
    assert.equal(
      (await anna.call('GET', '/api/v1/pec/requests?tipo=nuova-casella')).items.length,
      4,
    );
  });

  test("the INI-PEC layout: a row already at the convention's domain or without a reference is refused; a NUL byte or a wrong type is refused", async () => {
    const file = [
      'Indirizzo PEC;Nome;Cognome;Numero Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione',
      `carlo.pini@pec.example.org;Carlo;Pini;T-20;${fiscalCode(20)};2;04/11/2026;`,
      `carla.pini@ingpec.eu;Carla;Pini;T-21;${fiscalCode(21)};2;04/11/2026;`,
      `;Dario;Pini;T-22;${fiscalCode(22)};2;04/11/2026;`,
      `dora.pini@pec.example.org;Dora;Pini;T-23;${fiscalCode(23)};3;04/11/2026;05/11/2026`,
    ].join('\n');
    const report = await (
      await csvUpload(anna, '/api/v1/pec/imports?formato=ini-pec', file)
    ).json();
    assert.deepEqual(
      report.rows.map((row: { outcome: string }) => row.outcome),
      ['valida', 'errore', 'errore', 'errore'],
    );
    assert.equal(report.rows[0].referenceEmail, 'carlo.pini@pec.example.org');
    assert.match(
      report.rows[1].messages.join(' '),
      /Ha già una casella della convenzione: carla\.pini@ingpec\.eu/,
    );
    assert.match(report.rows[2].messages.join(' '), /Manca un recapito per le credenziali/);
    assert.match(report.rows[3].messages.join(' '), /Solo le righe di inserimento/);
    // Carlo is listed in INI-PEC with his own PEC: his new box is an update of that row (Stato 1), not an insert.
    const applied = await anna.call('POST', `/api/v1/pec/imports/${report.id}/apply`, {
      rows: [1],
    });
    await mailboxIn(anna, applied.applied[0].mailboxId, ['attiva']);
    const day = await (await anna.raw('GET', '/api/v1/pec/ini-pec/export')).text();
    assert.match(
      day,
      new RegExp(
        `\r\ncarlo\\.pini@ingpec\\.eu;Carlo;Pini;T-20;${fiscalCode(20)};1;04/11/2026;\r\n`,
      ),
    );
    const nul = await csvUpload(anna, '/api/v1/pec/imports?formato=ini-pec', `${file}\n\u0000;x`);
    assert.equal(nul.status, 422);
    assert.match((await nul.json()).detail, /caratteri di controllo/);
    const json = await anna.raw('POST', '/api/v1/pec/imports?formato=ini-pec', {
      body: '{"rows":[]}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(json.status, 415);
    assert.equal((await csvUpload(anna, '/api/v1/pec/imports?formato=excel', file)).status, 400);
    const sara = await passwordSession(demo.gateway, 'sara.colombo');
    assert.equal((await csvUpload(sara, '/api/v1/pec/imports?formato=ini-pec', file)).status, 403);
    const paolo = await passwordSession(demo.gateway, 'paolo.bruni');
    await paolo.call('GET', `/api/v1/pec/imports/${report.id}`, undefined, 404);
    await paolo.call('POST', `/api/v1/pec/imports/${report.id}/apply`, { rows: [1] }, 404);
  });

  test("INI-PEC's extract checked back: a box missing there, one with other data, one the Order does not hold", async () => {
    const active = (await anna.call('GET', '/api/v1/pec/mailboxes?stato=attiva')).items as {
      address: string;
      fiscalCode: string;
      givenName: string;
      familyName: string;
      registrationNumber: string;
    }[];
    assert.ok(active.length >= 3);
    const [kept, changed, missing] = active;
    const extract = [
      'Indirizzo PEC;Nome;Cognome;Numero Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione',
      ...active
        .filter((box) => box !== missing)
        .map((box) =>
          [
            box.address,
            box.givenName,
            box.familyName,
            box === changed ? 'T-999' : box.registrationNumber,
            box.fiscalCode,
            '2',
            '',
            '',
          ].join(';'),
        ),
      `ex.iscritto@ingpec.eu;Ex;Iscritto;T-1000;${fiscalCode(30)};2;;`,
    ].join('\r\n');
    const answer = await csvUpload(
      anna,
      '/api/v1/pec/ini-pec/check',
      extract,
      'estratto-ini-pec.csv',
    );
    assert.equal(answer.status, 200);
    const check = await answer.json();
    const kinds = Object.fromEntries(
      check.differences.map((difference: { fiscalCode: string; kind: string }) => [
        difference.fiscalCode,
        difference.kind,
      ]),
    );
    assert.deepEqual(kinds, {
      [defined(missing).fiscalCode]: 'manca-in-ini-pec',
      [defined(changed).fiscalCode]: 'dati-diversi',
      [fiscalCode(30)]: 'non-attiva-per-l-ordine',
    });
    assert.ok(!(defined(kept).fiscalCode in kinds));
    assert.match(
      check.differences.find((d: { kind: string }) => d.kind === 'dati-diversi').detail,
      /numero d'iscrizione T-999 invece di/,
    );
  });
});
