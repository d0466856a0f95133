import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  bannerText,
  checkNotWithdrawn,
  newAnnouncementSchema,
} from '../src/announcements/announcement.rules.js';

describe('comunicati and avvisi', () => {
  it('an avviso needs an end after its beginning; a comunicato may stay', () => {
    const base = { title: 'Manutenzione', body: 'Il portale sarà fermo.' };
    assert.equal(newAnnouncementSchema.safeParse({ ...base, kind: 'comunicato' }).success, true);
    assert.equal(newAnnouncementSchema.safeParse({ ...base, kind: 'avviso' }).success, false);
    const backwards = newAnnouncementSchema.safeParse({
      ...base,
      kind: 'avviso',
      visibleFrom: '2027-01-02T10:00:00+01:00',
      visibleUntil: '2027-01-01T10:00:00+01:00',
    });
    assert.equal(backwards.success, false);
    assert.match(JSON.stringify(backwards.error?.issues), /La fine deve seguire l’inizio/);
  });

  it('the banner reads as seed 002 shows it, and a withdrawn one is not withdrawn twice', () => {
    assert.equal(
      bannerText({ body: 'Si informa che il portale non sarà disponibile.' }),
      'Avviso - Si informa che il portale non sarà disponibile.',
    );
    assert.throws(
      () => checkNotWithdrawn({ withdrawnAt: '2027-01-01T00:00:00Z' }),
      /già stato ritirato/,
    );
    checkNotWithdrawn({ withdrawnAt: null });
  });
});
