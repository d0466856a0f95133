import type { EntityManager } from 'typeorm';

export interface KnownContract {
  contractId: string;
  /** `convenzione` or `accordo-quadro`; null for a contract kept before kinds were. */
  kind: string | null;
  banditoreAgencyId: string;
  title: string;
  cig: string;
  cup: string | null;
  supplier: { name: string; fiscalCode: string; pec: string };
  orderRequirements: { name: string; mandatory: boolean; signed: boolean }[];
  requiresAdhesion: boolean;
  eligibleAgencies: string[] | null;
  expiryDate: string;
  supplierResponseDays: number;
  supplierMayDispute: boolean;
  status: string;
}

/** Keeps what catalog announces; an older fact than the one kept (by version) changes nothing. */
export async function saveContract(
  manager: EntityManager,
  contract: KnownContract & { version: number },
): Promise<void> {
  await manager.query(
    `INSERT INTO known_contracts (contract_id, banditore_agency_id, title, cig, cup, supplier,
      order_requirements, requires_adhesion,
       eligible_agencies, expiry_date, supplier_response_days, supplier_may_dispute, status, version,
       kind)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (contract_id) DO UPDATE SET title = EXCLUDED.title, cig = EXCLUDED.cig, cup =
       EXCLUDED.cup,
       supplier = EXCLUDED.supplier, order_requirements = EXCLUDED.order_requirements,
       requires_adhesion = EXCLUDED.requires_adhesion, eligible_agencies =
         EXCLUDED.eligible_agencies,
       expiry_date = EXCLUDED.expiry_date, supplier_response_days = EXCLUDED.supplier_response_days,
       supplier_may_dispute = EXCLUDED.supplier_may_dispute,
       status = EXCLUDED.status, version = EXCLUDED.version, kind = EXCLUDED.kind
     WHERE known_contracts.version <= EXCLUDED.version`,
    [
      contract.contractId,
      contract.banditoreAgencyId,
      contract.title,
      contract.cig,
      contract.cup,
      JSON.stringify(contract.supplier),
      JSON.stringify(contract.orderRequirements),
      contract.requiresAdhesion,
      contract.eligibleAgencies,
      contract.expiryDate,
      contract.supplierResponseDays,
      contract.supplierMayDispute,
      contract.status,
      contract.version,
      contract.kind,
    ],
  );
}

export async function markExpired(manager: EntityManager, contractId: string): Promise<void> {
  await manager.query("UPDATE known_contracts SET status = 'scaduto' WHERE contract_id = $1", [
    contractId,
  ]);
}

export async function findContract(
  manager: EntityManager,
  contractId: string,
): Promise<KnownContract | undefined> {
  const [row] = await manager.query(
    `SELECT contract_id AS "contractId", kind, banditore_agency_id AS "banditoreAgencyId", title, cig,
      cup, supplier,
       order_requirements AS "orderRequirements", requires_adhesion AS "requiresAdhesion",
         eligible_agencies AS "eligibleAgencies",
       to_char(expiry_date, 'YYYY-MM-DD') AS "expiryDate", supplier_response_days AS
         "supplierResponseDays", supplier_may_dispute AS "supplierMayDispute", status
     FROM known_contracts WHERE contract_id = $1`,
    [contractId],
  );
  return row;
}

export async function saveApprovedAdhesion(
  manager: EntityManager,
  adhesion: {
    adhesionId: string;
    contractId: string;
    agencyId: string;
    code: string;
    amountCents: number;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO approved_adhesions (adhesion_id, contract_id, agency_id, code, amount_cents)
      VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (adhesion_id) DO NOTHING`,
    [
      adhesion.adhesionId,
      adhesion.contractId,
      adhesion.agencyId,
      adhesion.code,
      adhesion.amountCents,
    ],
  );
}

export function approvedAdhesionsOf(
  manager: EntityManager,
  contractId: string,
  agencyId: string,
): Promise<{ adhesionId: string; code: string }[]> {
  return manager.query(
    `SELECT adhesion_id AS "adhesionId", code FROM approved_adhesions WHERE ` +
      `contract_id = $1 AND agency_id = $2 ORDER BY code`,
    [contractId, agencyId],
  );
}

export interface Agency {
  agencyId: string;
  name: string;
  kind: string;
  fiscalCode: string;
}

export async function saveAgency(manager: EntityManager, agency: Agency): Promise<void> {
  await manager.query(
    `INSERT INTO agency_directory (agency_id, name, kind, fiscal_code) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, fiscal_code
       = EXCLUDED.fiscal_code`,
    [agency.agencyId, agency.name, agency.kind, agency.fiscalCode],
  );
}

export async function findAgency(
  manager: EntityManager,
  agencyId: string,
): Promise<Agency | undefined> {
  const [row] = await manager.query(
    'SELECT agency_id AS "agencyId", name, kind, fiscal_code AS "fiscalCode" ' +
      'FROM agency_directory WHERE agency_id = $1',
    [agencyId],
  );
  return row;
}

/**
 * The supplier's agency on the platform (an operatore economico), by its codice fiscale or partita
 * IVA.
 */
export async function agencyWithFiscalCode(
  manager: EntityManager,
  fiscalCode: string,
): Promise<string | null> {
  const [row] = await manager.query(
    'SELECT agency_id FROM agency_directory WHERE fiscal_code = $1 ORDER BY ' +
      "(kind = 'operatore-economico') DESC LIMIT 1",
    [fiscalCode],
  );
  return row?.agency_id ?? null;
}
