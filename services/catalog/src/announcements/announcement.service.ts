import type { DataSource } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import * as rules from './announcement.rules.js';
import * as store from './announcement.store.js';

type Act = Command<Caller>;

/** The Gestore publishes a comunicato or an avviso. */
export function publishAnnouncement(
  dataSource: DataSource,
  act: Act,
  input: rules.NewAnnouncement,
): Promise<rules.Announcement> {
  return transaction(dataSource, act, async (manager) => {
    const published = await store.insertAnnouncement(manager, input, act.caller.subject);
    await audit(manager, act, 'announcement', `announcement.published`, published.id, {
      kind: published.kind,
    });
    return published;
  });
}

/** The Gestore withdraws one: it is no longer shown, and stays on record. */
export function withdrawAnnouncement(dataSource: DataSource, act: Act, id: string): Promise<void> {
  return transaction(dataSource, act, async (manager) => {
    const found = await store.findAnnouncement(manager, id);
    if (!found) throw notFound('Comunicato');
    rules.checkNotWithdrawn(found);
    await store.withdraw(manager, id);
    await audit(manager, act, 'announcement', 'announcement.withdrawn', id);
  });
}

/** «Tutti i comunicati informativi», or the avvisi shown now (with the banner's words). */
export async function visibleAnnouncements(
  dataSource: DataSource,
  query: { kind: rules.AnnouncementKind; page: number; pageSize: number },
) {
  const items = await store.visibleNow(dataSource.manager, query.kind, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: items.map((item) => ({
      ...item,
      ...(item.kind === 'avviso' ? { banner: rules.bannerText(item) } : {}),
    })),
  };
}

export const everyAnnouncement = (dataSource: DataSource) =>
  store.allAnnouncements(dataSource.manager).then((items) => ({ items }));
