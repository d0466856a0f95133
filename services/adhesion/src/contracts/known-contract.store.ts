import type { EntityManager } from 'typeorm';
import { notFound } from '@app/platform/errors';
import { roundsOf, type ContractFacts, type KnownContract } from './known-contract.rules.js';

/**
 * Keeps what catalog announces of a contract. Events may arrive out of order or twice: a fact older
 * than the one kept (by version) changes nothing.
 */
export async function saveContract(manager: EntityManager, facts: ContractFacts): Promise<void> {
  await manager.query(
    `INSERT INTO known_contracts (contract_id, kind, banditore_agency_id, title, cig,
      ceiling_cents, start_date,
       expiry_date, eligible_agencies, rounds, status, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (contract_id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, cig =
       EXCLUDED.cig,
       ceiling_cents = EXCLUDED.ceiling_cents, start_date = EXCLUDED.start_date, expiry_date =
         EXCLUDED.expiry_date,
       eligible_agencies = EXCLUDED.eligible_agencies, rounds = EXCLUDED.rounds, status =
         EXCLUDED.status,
       version = EXCLUDED.version, updated_at = now()
     WHERE known_contracts.version <= EXCLUDED.version`,
    [
      facts.contractId,
      facts.kind,
      facts.banditoreAgencyId,
      facts.title,
      facts.cig,
      facts.ceilingCents,
      facts.startDate,
      facts.expiryDate,
      facts.eligibleAgencies,
      JSON.stringify(roundsOf(facts)),
      facts.status,
      facts.version,
    ],
  );
}

export async function markExpired(manager: EntityManager, contractId: string): Promise<void> {
  await manager.query(
    `UPDATE known_contracts SET status = 'scaduto', updated_at = now() WHERE contract_id = $1`,
    [contractId],
  );
}

interface ContractRow {
  contract_id: string;
  kind: string;
  banditore_agency_id: string;
  title: string;
  cig: string;
  ceiling_cents: string;
  expiry_date: string;
  eligible_agencies: string[] | null;
  rounds: KnownContract['rounds'];
  status: string;
}

export async function findContract(
  manager: EntityManager,
  contractId: string,
): Promise<KnownContract> {
  const [row] = await manager.query<ContractRow[]>(
    `SELECT contract_id, kind, banditore_agency_id, title, cig, ceiling_cents, to_char(expiry_date,
      'YYYY-MM-DD') AS expiry_date,
       eligible_agencies, rounds, status
     FROM known_contracts WHERE contract_id = $1`,
    [contractId],
  );
  if (!row) throw notFound('Contratto');
  return {
    contractId: row.contract_id,
    kind: row.kind,
    banditoreAgencyId: row.banditore_agency_id,
    title: row.title,
    cig: row.cig,
    ceilingCents: Number(row.ceiling_cents),
    expiryDate: row.expiry_date,
    eligibleAgencies: row.eligible_agencies,
    rounds: row.rounds,
    status: row.status,
  };
}

/** Whether the agency issued any contract adhesion knows of. */
export async function isBanditore(manager: EntityManager, agencyId: string): Promise<boolean> {
  const rows = await manager.query(
    'SELECT 1 FROM known_contracts WHERE banditore_agency_id = $1 LIMIT 1',
    [agencyId],
  );
  return rows.length > 0;
}
