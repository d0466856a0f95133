import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { centsOf, typedEuro } from '../src/money.js';
import { ApiProblem } from '../src/api-client.js';
import { failureOf } from '../src/form.js';
import { sameSitePath } from '@app/platform/http';

describe('what the portal reads from a form', () => {
  it('reads euro as typed in Italy into integer cents, without floating point', () => {
    assert.equal(centsOf('1.234,56'), 123_456);
    assert.equal(centsOf('1234,5'), 123_450);
    assert.equal(centsOf(' 100 € '), 10_000);
    assert.equal(centsOf('0,10'), 10);
    assert.equal(centsOf('0,07'), 7);
    for (const wrong of ['12.5.00', '1,234', '-5', '1e3', '', 'dieci', '1.23,00', '12,345'])
      assert.equal(centsOf(wrong), undefined, wrong);
    assert.equal(centsOf(undefined), undefined);
  });

  it('writes cents back as a person would type them', () => {
    assert.equal(typedEuro(123_456), '1234,56');
    assert.equal(typedEuro(7), '0,07');
    assert.equal(typedEuro(null), '');
  });

  it('keeps only paths of this site as a place to go back to', () => {
    assert.equal(sameSitePath('/ordini/1?tab=x'), '/ordini/1?tab=x');
    for (const foreign of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      undefined,
    ])
      assert.equal(sameSitePath(foreign), '/');
  });
});

describe('a refused form, as the person reads it', () => {
  it('lists the API’s messages without its field names, and keeps what was typed but the token', () => {
    const refused = new ApiProblem(400, {
      type: 'about:blank',
      title: 'Dati non validi',
      status: 400,
      detail:
        'fiscalCode: Codice fiscale non valido.; referenceEmail: Indirizzo e-mail non valido.',
      invalidFields: [
        { path: 'fiscalCode', message: 'Codice fiscale non valido.' },
        { path: 'referenceEmail', message: 'Indirizzo e-mail non valido.' },
      ],
    });
    const failure = failureOf(refused, { fiscalCode: 'XYZ', _csrf: 'token' });
    assert.deepEqual(failure.messages, [
      'Codice fiscale non valido.',
      'Indirizzo e-mail non valido.',
    ]);
    assert.ok(!failure.messages.join(' ').includes('fiscalCode'));
    assert.equal(failure.fields.fiscalCode, 'Codice fiscale non valido.');
    assert.deepEqual(failure.values, { fiscalCode: 'XYZ' });
  });
});
