import { catalogEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import type { EntityManager } from 'typeorm';
import * as store from './convention.store.js';

type Facts = ReturnType<typeof catalogEvents.contractPublished.data.parse>;

/** A contract catalog announces, kept when it is a convention (what agencies register to). */
export async function rememberConvention(manager: EntityManager, facts: Facts): Promise<void> {
  if (facts.kind !== 'convenzione') return;
  await store.saveConvention(manager, {
    contractId: facts.contractId,
    title: facts.title,
    status: facts.status,
    version: facts.version,
  });
}

export const contractPublished: EventHandler = (event, manager) =>
  rememberConvention(manager, catalogEvents.contractPublished.data.parse(event.data));

export const contractUpdated: EventHandler = (event, manager) =>
  rememberConvention(manager, catalogEvents.contractUpdated.data.parse(event.data));

export const contractExpired: EventHandler = (event, manager) =>
  store.markConventionExpired(
    manager,
    catalogEvents.contractExpired.data.parse(event.data).contractId,
  );
