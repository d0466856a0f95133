import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  dateInputValue,
  euro,
  isoDateOfTyped,
  italianDate,
  italianDateTime,
  pageRenderer,
} from '../src/index.js';

const render = pageRenderer(new URL('./views/', import.meta.url).pathname);

describe('the shared look', () => {
  it('shows money in euro with Italian separators and dates as dd/mm/yyyy in Rome', () => {
    assert.equal(euro(123_456_78).replace(/\s/g, ' '), '123.456,78 €');
    // Four digits are grouped too: one way of writing euro on every page.
    assert.equal(euro(1_234_56).replace(/\s/g, ' '), '1.234,56 €');
    assert.equal(euro(999_99).replace(/\s/g, ' '), '999,99 €');
    assert.equal(euro(null), '—');
    assert.equal(italianDate('2026-11-23'), '23/11/2026');
    // 23:30 UTC on 31 December is already the new year in Rome.
    assert.equal(italianDate('2026-12-31T23:30:00Z'), '01/01/2027');
    assert.equal(italianDateTime('2026-07-01T10:05:00Z'), '01/07/2026 12:05');
  });

  it('puts every page in the layout: skiplink, header with the person, breadcrumbs, footer with the accessibility statement', () => {
    const html = render('sample', {
      title: 'Prova',
      person: { name: 'Luca Ferri', profile: 'Buyer — Comune di Prato' },
      breadcrumbs: [{ label: 'Elenco contratti', href: '/contratti' }, { label: 'Prova' }],
    });
    assert.match(html, /<html lang="it">/);
    assert.match(html, /Vai ai contenuti/);
    assert.match(html, /Luca Ferri · Buyer — Comune di Prato/);
    assert.match(html, /aria-current="page">Prova</);
    assert.match(html, /Dichiarazione di accessibilità/);
    assert.doesNotMatch(html, /<script>/);
  });

  it('escapes what a person typed', () => {
    const html = render('sample', { title: 'Prova', note: '<script>alert(1)</script>' });
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;/);
  });
});

describe('a typed date', () => {
  it('gg/mm/aaaa and ISO are read as ISO; a day that does not exist is no date', () => {
    assert.equal(isoDateOfTyped('31/01/2027'), '2027-01-31');
    assert.equal(isoDateOfTyped(' 1/2/2027 '), '2027-02-01');
    assert.equal(isoDateOfTyped('2027-01-31'), '2027-01-31');
    assert.equal(isoDateOfTyped('29/02/2028'), '2028-02-29');
    for (const wrong of [
      '31/02/2027',
      '29/02/2027',
      '00/01/2027',
      '2027-13-01',
      '01-02-2027',
      '',
    ]) {
      assert.equal(isoDateOfTyped(wrong), undefined, wrong);
    }
  });

  it('a field shows an ISO date as gg/mm/aaaa, and what was typed as it was typed', () => {
    assert.equal(dateInputValue('2027-01-31'), '31/01/2027');
    assert.equal(dateInputValue('31/02/2027'), '31/02/2027');
    assert.equal(dateInputValue(undefined), '');
  });
});
