import type { EntityManager } from 'typeorm';

export interface Agency {
  agencyId: string;
  name: string;
  fiscalCode: string;
  ausaCode: string | null;
}

export async function saveAgency(manager: EntityManager, agency: Agency): Promise<void> {
  await manager.query(
    `INSERT INTO agency_directory (agency_id, name, fiscal_code, ausa_code) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, fiscal_code = EXCLUDED.fiscal_code,
       ausa_code = EXCLUDED.ausa_code, updated_at = now()`,
    [agency.agencyId, agency.name, agency.fiscalCode, agency.ausaCode],
  );
}

export async function findAgency(
  manager: EntityManager,
  agencyId: string,
): Promise<Omit<Agency, 'agencyId'> | undefined> {
  const [row] = await manager.query(
    'SELECT name, fiscal_code AS "fiscalCode", ausa_code AS "ausaCode" FROM ' +
      'agency_directory WHERE agency_id = $1',
    [agencyId],
  );
  return row;
}

export interface ApprovedAdhesion {
  adhesionId: string;
  agencyId: string;
  contractId: string;
  contractCig: string;
  code: string;
  approvedAt: string;
}

export async function saveApprovedAdhesion(
  manager: EntityManager,
  adhesion: ApprovedAdhesion,
): Promise<void> {
  await manager.query(
    `INSERT INTO approved_adhesions (adhesion_id, agency_id, contract_id, contract_cig, code,
      approved_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (adhesion_id) DO NOTHING`,
    [
      adhesion.adhesionId,
      adhesion.agencyId,
      adhesion.contractId,
      adhesion.contractCig,
      adhesion.code,
      adhesion.approvedAt,
    ],
  );
}

export async function findApprovedAdhesion(manager: EntityManager, adhesionId: string) {
  const [row] = await manager.query<{ agencyId: string; contractCig: string; code: string }[]>(
    `SELECT agency_id AS "agencyId", contract_cig AS "contractCig", code FROM ` +
      `approved_adhesions WHERE adhesion_id = $1`,
    [adhesionId],
  );
  return row;
}
