import type { EntityManager } from 'typeorm';

export interface Agency {
  agencyId: string;
  name: string;
  kind: string;
  fiscalCode: string;
  ausaCode: string | null;
}

export async function saveAgency(manager: EntityManager, agency: Agency): Promise<void> {
  await manager.query(
    `INSERT INTO agency_directory (agency_id, name, kind, fiscal_code, ausa_code) VALUES ($1, $2,
      $3, $4, $5)
     ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, fiscal_code
       = EXCLUDED.fiscal_code,
       ausa_code = EXCLUDED.ausa_code, updated_at = now()`,
    [agency.agencyId, agency.name, agency.kind, agency.fiscalCode, agency.ausaCode],
  );
}

/** The named agencies, by name. */
export function agenciesAmong(
  manager: EntityManager,
  agencyIds: string[],
): Promise<{ agencyId: string; name: string; fiscalCode: string }[]> {
  return manager.query(
    `SELECT agency_id AS "agencyId", name, fiscal_code AS "fiscalCode" FROM agency_directory
     WHERE agency_id = ANY($1::uuid[]) ORDER BY name`,
    [agencyIds],
  );
}
