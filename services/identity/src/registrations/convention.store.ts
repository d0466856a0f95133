import type { EntityManager } from 'typeorm';

export interface KnownConvention {
  contractId: string;
  title: string;
  status: string;
}

/** Keeps a convention as catalog announces it; an older fact (by version) changes nothing. */
export async function saveConvention(
  manager: EntityManager,
  convention: KnownConvention & { version: number },
): Promise<void> {
  await manager.query(
    `INSERT INTO known_conventions (contract_id, title, status, version) VALUES ($1, $2, $3, $4)
     ON CONFLICT (contract_id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status,
       version = EXCLUDED.version
     WHERE known_conventions.version <= EXCLUDED.version`,
    [convention.contractId, convention.title, convention.status, convention.version],
  );
}

export async function markConventionExpired(
  manager: EntityManager,
  contractId: string,
): Promise<void> {
  await manager.query("UPDATE known_conventions SET status = 'scaduto' WHERE contract_id = $1", [
    contractId,
  ]);
}

export async function findConvention(
  manager: EntityManager,
  contractId: string,
): Promise<KnownConvention | undefined> {
  const [row] = await manager.query(
    `SELECT contract_id AS "contractId", title, status FROM known_conventions
     WHERE contract_id = $1`,
    [contractId],
  );
  return row;
}
