import type { z } from 'zod';
import { eventTypePattern } from './envelope.js';

/** One versioned event: its wire name (routing key) and the schema of its data. */
export interface EventContract<S extends z.ZodType = z.ZodType> {
  type: string;
  summary: string;
  data: S;
}

/** Declares an event contract, checking its name against the routing-key convention. */
export function defineEvent<S extends z.ZodType>(contract: EventContract<S>): EventContract<S> {
  if (!eventTypePattern.test(contract.type))
    throw new Error(`Nome evento non valido: ${contract.type}`);
  return contract;
}

/** Every event the platform publishes; each service's folder adds its own as it grows. */
export const eventContracts: EventContract[] = [];

/** Adds a service's contracts to the registry (called once by the module that defines them). */
export function registerEvents(contracts: Record<string, EventContract>): void {
  eventContracts.push(...Object.values(contracts));
}
