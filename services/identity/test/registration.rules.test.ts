import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkUndecided,
  registrationLifecycle,
  usersOf,
  requestKind,
  checkRegisteredFirst,
  type Registration,
} from '../src/registrations/registration.rules.js';

const registration = (status: Registration['status']) => ({ status }) as Registration;

describe('a registration to a convention (seed 000)', () => {
  test('when a request was decided, then deciding it again is refused saying how it was decided', () => {
    assert.throws(() => checkUndecided(registration('approvata')), {
      code: 'REGISTRATION_DECIDED',
      message: 'La richiesta è già stata approvata.',
    });
    assert.throws(() => registrationLifecycle.check('rejected', registration('respinta')), {
      code: 'REGISTRATION_DECIDED',
      message: 'La richiesta è già stata respinta.',
    });
    assert.deepEqual(
      registrationLifecycle.check('approved', registration('in-attesa')).to,
      'approvata',
    );
  });

  test('the form names one Punto Ordinante, the Punti Richiedenti and an optional Assistente', () => {
    const person = (fiscalCode: string) => ({
      fiscalCode,
      givenName: 'Nome',
      familyName: 'Cognome',
    });
    assert.deepEqual(
      usersOf({
        puntoOrdinante: person('A'),
        puntiRichiedenti: [person('B')],
        assistente: person('C'),
      }).map((user) => `${user.fiscalCode}:${user.role}`),
      ['A:punto-ordinante', 'B:punto-richiedente', 'C:assistente-punto-ordinante'],
    );
  });
});

describe("seed 000's «Richiesta nuove utenze»", () => {
  test('without a Punto Ordinante a request is for new users, and needs the agency registered first', () => {
    const users = usersOf({
      puntiRichiedenti: [
        { fiscalCode: 'PLLGRG66S05F839C', givenName: 'Giorgio', familyName: 'Pelli' },
      ],
    });
    assert.equal(requestKind(users), 'nuove-utenze');
    assert.throws(
      () => checkRegisteredFirst(users, undefined),
      /segue la registrazione del Punto Ordinante/,
    );
    checkRegisteredFirst(users, 'registrazione-approvata');
    const first = usersOf({
      puntoOrdinante: { fiscalCode: 'PLLGRG66S05F839C', givenName: 'Giorgio', familyName: 'Pelli' },
      puntiRichiedenti: [],
    });
    assert.equal(requestKind(first), 'registrazione');
    checkRegisteredFirst(first, undefined);
  });
});
