import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';

/** Keeps the agencies identity announces: the AUSA code and fiscal code ANAC needs for each CIG request. */
export const agencyRegistered: EventHandler = async (event, manager) => {
  await rememberAgency(manager, identityEvents.agencyRegistered.data.parse(event.data));
};

export async function rememberAgency(manager: EntityManager, agency: { agencyId: string; name: string; fiscalCode: string; ausaCode: string | null }): Promise<void> {
  await manager.query(
    `INSERT INTO agency_directory (agency_id, name, fiscal_code, ausa_code) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, fiscal_code = EXCLUDED.fiscal_code, ausa_code = EXCLUDED.ausa_code, updated_at = now()`,
    [agency.agencyId, agency.name, agency.fiscalCode, agency.ausaCode]);
}

export async function agencyFor(manager: EntityManager, agencyId: string): Promise<{ fiscalCode: string; ausaCode: string | null; name: string } | undefined> {
  const [row] = await manager.query('SELECT name, fiscal_code AS "fiscalCode", ausa_code AS "ausaCode" FROM agency_directory WHERE agency_id = $1', [agencyId]);
  return row;
}
