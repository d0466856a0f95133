import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCharacter } from '@app/italian-codes';
import { addressStem, readRows, withRegister } from '../src/imports/import.rules.js';
import { differences, iniPecCsv, isoDate, withoutHeader } from '../src/inipec/ini-pec.rules.js';
import { hasControlCharacters } from '../src/inipec/ini-pec.service.js';
import { defined } from '@app/platform/errors';

const cf = (first15: string) => first15 + checkCharacter(first15);
const newMember = (cells: string[]) =>
  defined(readRows('nuove-iscrizioni', [cells], 'ingpec.eu')[0]);

describe('the bulk load of new members, row by row', () => {
  it('accepts a complete row of the nuove iscrizioni sheet, dates written either way', () => {
    const row = newMember([
      'Bianchi',
      'Laura',
      cf('BNCLRA90A41D612'),
      'A-1',
      '03/11/2026',
      'laura@example.org',
      '055 1',
      'Via Roma 1',
    ]);
    assert.equal(row.outcome, 'valida');
    assert.equal(row.registeredOn, '2026-11-03');
    assert.equal(
      newMember([
        'Bianchi',
        'Laura',
        cf('BNCLRA90A41D612'),
        'A-1',
        '2026-11-03',
        'laura@example.org',
      ]).registeredOn,
      '2026-11-03',
    );
  });

  it('says what is wrong with each bad row: codice fiscale, number, date, reference e-mail, duplicates in the file', () => {
    assert.match(
      newMember([
        'Neri',
        'Piero',
        'RSSMRA80A01D612X',
        'A-2',
        '03/11/2026',
        'p@example.org',
      ]).messages.join(' '),
      /Codice fiscale non valido/,
    );
    assert.match(
      newMember([
        'Neri',
        'Piero',
        cf('NREPRI80A01D612'),
        'A 2',
        '03/11/2026',
        'p@example.org',
      ]).messages.join(' '),
      /Numero d'iscrizione/,
    );
    assert.match(
      newMember([
        'Neri',
        'Piero',
        cf('NREPRI80A01D612'),
        'A-2',
        '30/02/2026',
        'p@example.org',
      ]).messages.join(' '),
      /Data d'iscrizione/,
    );
    assert.match(
      newMember([
        'Neri',
        'Piero',
        cf('NREPRI80A01D612'),
        'A-2',
        '01/02/2026',
        'non-una-mail',
      ]).messages.join(' '),
      /E-mail di riferimento non valida/,
    );
    const rows = readRows(
      'nuove-iscrizioni',
      [
        ['Neri', 'Piero', cf('NREPRI80A01D612'), 'A-2', '01/02/2026', 'p@example.org'],
        ['Neri', 'Pietro', cf('NREPRI80A01D612'), 'A-3', '01/02/2026', 'q@example.org'],
        ['Neri', 'Paolo', cf('NREPLA80A01D612'), 'A-2', '01/02/2026', 'r@example.org'],
      ],
      'ingpec.eu',
    );
    assert.deepEqual(
      rows.map((row) => row.outcome),
      ['valida', 'errore', 'errore'],
    );
    assert.match(defined(rows[1]).messages.join(' '), /Duplicato della riga 1 \(codice fiscale\)/);
    assert.match(
      defined(rows[2]).messages.join(' '),
      /Duplicato della riga 1 \(numero d'iscrizione\)/,
    );
  });

  it('reads the INI-PEC layout: an external PEC is where credentials go, a box of the convention is already there, only inserts are new members', () => {
    const rows = readRows(
      'ini-pec',
      [
        [
          'carlo@pec.example.org',
          'Carlo',
          'Pini',
          'T-1',
          cf('PNICRL80A01D612'),
          '2',
          '04/11/2026',
          '',
        ],
        [
          'carla.pini@ingpec.eu',
          'Carla',
          'Pini',
          'T-2',
          cf('PNICRL80A41D612'),
          '2',
          '04/11/2026',
          '',
        ],
        [
          'dora@pec.example.org',
          'Dora',
          'Pini',
          'T-3',
          cf('PNIDRO80A41D612'),
          '1',
          '04/11/2026',
          '',
        ],
      ],
      'ingpec.eu',
    );
    assert.equal(defined(rows[0]).referenceEmail, 'carlo@pec.example.org');
    assert.match(defined(rows[1]).messages.join(' '), /Ha già una casella della convenzione/);
    assert.match(defined(rows[2]).messages.join(' '), /Solo le righe di inserimento/);
  });

  it('adds what the register knows: a box already there is an error, a namesake or a known member a warning', () => {
    const row = newMember([
      'Rossi',
      'Mario',
      cf('RSSMRA82C03D612'),
      'A-9',
      '01/02/2026',
      'm@example.org',
    ]);
    assert.equal(
      withRegister(row, {
        memberHasBox: 'mario.rossi@ingpec.eu',
        memberExists: true,
        numberTakenByOther: false,
        namesakes: 0,
      }).outcome,
      'errore',
    );
    assert.equal(
      withRegister(row, {
        memberHasBox: null,
        memberExists: false,
        numberTakenByOther: true,
        namesakes: 0,
      }).outcome,
      'errore',
    );
    const namesake = withRegister(row, {
      memberHasBox: null,
      memberExists: false,
      numberTakenByOther: false,
      namesakes: 1,
    });
    assert.equal(namesake.outcome, 'avviso');
    assert.match(namesake.messages.join(' '), /mario\.rossi@… è già usato/);
    assert.equal(addressStem('Niccolò', "D'Amico"), 'niccolo.damico');
  });
});

describe('INI-PEC', () => {
  it("writes the day's file in the layout, with separators for empty fields and Italian dates", () => {
    const csv = iniPecCsv([
      {
        address: 'a@ingpec.eu',
        givenName: 'Anna',
        familyName: 'De;Luca',
        registrationNumber: 'A-1',
        fiscalCode: 'X',
        status: 3,
        registeredOn: '2026-01-02',
        deletedOn: null,
      },
    ]);
    assert.equal(
      csv,
      'Indirizzo PEC;Nome;Cognome;Numero Iscrizione;Codice Fiscale;Stato;Data Iscrizione;Data Cancellazione\r\na@ingpec.eu;Anna;"De;Luca";A-1;X;3;02/01/2026;\r\n',
    );
  });

  it('refuses control characters, drops a header, checks dates', () => {
    assert.ok(hasControlCharacters('a;b\u0000'));
    assert.ok(!hasControlCharacters('a;b\r\n\tc'));
    assert.deepEqual(
      withoutHeader(
        [
          ['indirizzo pec', 'nome'],
          ['a', 'b'],
        ],
        ['Indirizzo PEC'],
      ),
      [['a', 'b']],
    );
    assert.deepEqual(
      [isoDate('1/2/2026'), isoDate('2026-02-30'), isoDate('domani')],
      ['2026-02-01', undefined, undefined],
    );
  });

  it('lists every difference of the extract, holder by holder', () => {
    const ours = [
      {
        address: 'a@ingpec.eu',
        givenName: 'Anna',
        familyName: 'Bo',
        registrationNumber: '1',
        fiscalCode: 'A',
      },
      {
        address: 'b@ingpec.eu',
        givenName: 'Bea',
        familyName: 'Co',
        registrationNumber: '2',
        fiscalCode: 'B',
      },
    ];
    const found = differences(ours, [
      ['a@ingpec.eu', 'ANNA', 'BO', '1', 'a', '2'],
      ['z@ingpec.eu', 'Zeno', 'Do', '9', 'Z', '2'],
    ]);
    assert.deepEqual(
      found.map((difference) => [difference.fiscalCode, difference.kind]),
      [
        ['B', 'manca-in-ini-pec'],
        ['Z', 'non-attiva-per-l-ordine'],
      ],
    );
    assert.deepEqual(
      defined(differences(ours.slice(0, 1), [['x@ingpec.eu', 'Anna', 'Bo', '7', 'A', '2']])[0])
        .detail,
      "Anna Bo: indirizzo x@ingpec.eu invece di a@ingpec.eu; numero d'iscrizione 7 invece di 1.",
    );
  });
});
