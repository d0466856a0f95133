import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { catalogEvents } from '@app/contracts';
import type { EventHandler } from '@app/platform/messaging';
import { conflict, forbidden, notFound } from '@app/platform/errors';

export type ContractFacts = z.output<typeof catalogEvents.contractPublished.data>;
export type Ipotesi = 'A' | 'B';

export interface DocumentRequirement {
  /** `<round>-<position>`, e.g. `0-1`: rounds do not change once a contract is published. */
  id: string;
  name: string;
  mandatory: boolean;
  signed: boolean;
  ipotesi: 'A' | 'B' | 'AB';
}

export interface KnownContract {
  contractId: string;
  banditoreAgencyId: string;
  title: string;
  cig: string;
  ceilingCents: number;
  expiryDate: string;
  eligibleAgencies: string[] | null;
  rounds: { title: string; documents: DocumentRequirement[] }[];
  status: string;
}

/**
 * Keeps what catalog announces of a contract. Events may arrive out of order or twice: a fact older
 * than the one kept (by version) changes nothing.
 */
export async function rememberContract(manager: EntityManager, facts: ContractFacts): Promise<void> {
  const rounds = facts.rounds.map((round, index) => ({
    title: round.title,
    documents: round.documents.map((document, position) => ({ id: `${index}-${position + 1}`, ...document })),
  }));
  await manager.query(
    `INSERT INTO known_contracts (contract_id, kind, banditore_agency_id, title, cig, ceiling_cents, start_date, expiry_date, eligible_agencies, rounds, status, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (contract_id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, cig = EXCLUDED.cig, ceiling_cents = EXCLUDED.ceiling_cents,
       start_date = EXCLUDED.start_date, expiry_date = EXCLUDED.expiry_date, eligible_agencies = EXCLUDED.eligible_agencies, rounds = EXCLUDED.rounds,
       status = EXCLUDED.status, version = EXCLUDED.version, updated_at = now()
     WHERE known_contracts.version <= EXCLUDED.version`,
    [facts.contractId, facts.kind, facts.banditoreAgencyId, facts.title, facts.cig, facts.ceilingCents, facts.startDate, facts.expiryDate,
      facts.eligibleAgencies, JSON.stringify(rounds), facts.status, facts.version]);
}

export const contractPublished: EventHandler = async (event, manager) => {
  await rememberContract(manager, catalogEvents.contractPublished.data.parse(event.data));
};

export const contractUpdated: EventHandler = async (event, manager) => {
  await rememberContract(manager, catalogEvents.contractUpdated.data.parse(event.data));
};

export const contractExpired: EventHandler = async (event, manager) => {
  const { contractId } = catalogEvents.contractExpired.data.parse(event.data);
  await manager.query(`UPDATE known_contracts SET status = 'scaduto', updated_at = now() WHERE contract_id = $1`, [contractId]);
};

interface ContractRow {
  contract_id: string; banditore_agency_id: string; title: string; cig: string; ceiling_cents: string; expiry_date: string;
  eligible_agencies: string[] | null; rounds: KnownContract['rounds']; status: string;
}

export async function knownContract(manager: EntityManager, contractId: string): Promise<KnownContract> {
  const [row] = await manager.query<ContractRow[]>(
    `SELECT contract_id, banditore_agency_id, title, cig, ceiling_cents, to_char(expiry_date, 'YYYY-MM-DD') AS expiry_date, eligible_agencies, rounds, status
     FROM known_contracts WHERE contract_id = $1`, [contractId]);
  if (!row) throw notFound('Contratto');
  return {
    contractId: row.contract_id, banditoreAgencyId: row.banditore_agency_id, title: row.title, cig: row.cig, ceilingCents: Number(row.ceiling_cents),
    expiryDate: row.expiry_date, eligibleAgencies: row.eligible_agencies, rounds: row.rounds, status: row.status,
  };
}

/** A contract an agency may start an adhesion to: published, not expired, and open to that agency. */
export function checkOpenTo(contract: KnownContract, agencyId: string, today = new Date().toISOString().slice(0, 10)): void {
  if (contract.status !== 'pubblicato' || contract.expiryDate < today) {
    throw conflict(`Il contratto non accetta adesioni: è ${contract.status === 'pubblicato' ? 'scaduto' : contract.status}.`, 'CONTRACT_NOT_OPEN');
  }
  if (contract.banditoreAgencyId === agencyId) throw forbidden('Il soggetto banditore non aderisce ai propri contratti.', 'BANDITORE_ADHERES');
  if (contract.eligibleAgencies && !contract.eligibleAgencies.includes(agencyId)) {
    throw forbidden('Il tuo ente non è tra quelli che possono aderire a questo contratto.', 'NOT_ELIGIBLE');
  }
}

/** The documents a round asks of an adhesion in the given ipotesi. */
export function requirementsFor(contract: KnownContract, round: number, ipotesi: Ipotesi): DocumentRequirement[] {
  return (contract.rounds[round]?.documents ?? []).filter((requirement) => requirement.ipotesi === 'AB' || requirement.ipotesi === ipotesi);
}
