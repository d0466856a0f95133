import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { centsOf, typedEuro } from '../src/money.js';
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
