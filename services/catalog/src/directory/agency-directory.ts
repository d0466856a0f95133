import type { EntityManager } from 'typeorm';
import type { EventHandler } from '@app/platform/messaging';
import { identityEvents } from '@app/events';

/** Keeps the agencies identity announces, so contracts can name their banditore without asking identity. */
export const agencyRegistered: EventHandler = async (event, manager) => {
  await rememberAgency(manager, identityEvents.agencyRegistered.data.parse(event.data));
};

export async function rememberAgency(manager: EntityManager, agency: { agencyId: string; name: string; kind: string; fiscalCode: string; ausaCode: string | null }): Promise<void> {
  await manager.query(
    `INSERT INTO agency_directory (agency_id, name, kind, fiscal_code, ausa_code) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, fiscal_code = EXCLUDED.fiscal_code, ausa_code = EXCLUDED.ausa_code, updated_at = now()`,
    [agency.agencyId, agency.name, agency.kind, agency.fiscalCode, agency.ausaCode]);
}

