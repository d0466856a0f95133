import type { DataSource } from 'typeorm';
import { orderingEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import type { AwardQuery } from './award.schema.js';
import { awardPage, saveAnnulment, saveOutcome } from './award.store.js';

/** An order's published outcome joins the list. */
export const outcomePublished: EventHandler = async (event, manager) => {
  const outcome = orderingEvents.outcomePublished.data.parse(event.data);
  await saveOutcome(manager, { ...outcome, publishedAt: String(outcome.publishedAt) });
};

/** An annulled order shows as "Annullata". */
export const orderAnnulled: EventHandler = async (event, manager) => {
  const annulment = orderingEvents.orderAnnulled.data.parse(event.data);
  await saveAnnulment(manager, { ...annulment, annulledAt: String(annulment.annulledAt) });
};

export async function listAwards(dataSource: DataSource, query: AwardQuery) {
  return {
    items: await awardPage(dataSource.manager, query),
    page: query.page,
    pageSize: query.pageSize,
  };
}
