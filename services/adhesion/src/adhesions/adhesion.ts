import type { EntityManager } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import { forbidden, notFound } from '@app/platform/errors';
import type { StoredDocument } from '@app/platform/documents';
import { documentOf } from '@app/platform/documents';
import { knownContract, requirementsFor, type DocumentRequirement, type Ipotesi, type KnownContract } from '../contracts/known-contracts.js';
import { signerRelationLabels, type SignerRelation } from '../members/agency-members.js';

/** The states as seed 001 names them. */
export type AdhesionStatus = 'bozza' | 'inviata' | 'in valutazione' | 'approvata' | 'rifiutata';

export interface Party { subject: string; profileId: string | null; agencyId: string | null }

export interface AdhesionRecord {
  id: string;
  code: string;
  contractId: string;
  agencyId: string;
  ipotesi: Ipotesi;
  amountCents: number;
  status: AdhesionStatus;
  currentRound: number;
  rejection: { round: number; reason: string; at: string } | null;
  sender: Party | null;
  createdAt: string;
  submittedAt: string | null;
  approvedAt: string | null;
}

interface AdhesionRow {
  id: string; code: string; contract_id: string; agency_id: string; ipotesi: Ipotesi; amount_cents: string; status: AdhesionStatus;
  current_round: number; rejection: AdhesionRecord['rejection']; sender: Party | null; created_at: Date; submitted_at: Date | null; approved_at: Date | null;
}

const recordOf = (row: AdhesionRow): AdhesionRecord => ({
  id: row.id, code: row.code, contractId: row.contract_id, agencyId: row.agency_id, ipotesi: row.ipotesi, amountCents: Number(row.amount_cents),
  status: row.status, currentRound: row.current_round, rejection: row.rejection, sender: row.sender,
  createdAt: row.created_at.toISOString(), submittedAt: row.submitted_at?.toISOString() ?? null, approvedAt: row.approved_at?.toISOString() ?? null,
});

export const partyOf = (caller: Caller): Party => ({ subject: caller.subject, profileId: caller.profileId ?? null, agencyId: caller.tenant ?? null });

export interface Scoped {
  adhesion: AdhesionRecord;
  contract: KnownContract;
  /** The caller's side: the adhering agency or the contract's banditore. */
  side: 'aderente' | 'banditore';
}

/**
 * An adhesion as the caller may see it: its own agency's, or any adhesion to a contract its agency
 * issued. Anyone else learns nothing, not even that it exists (404). `lock` holds the row for a transition.
 */
export async function scopedAdhesion(manager: EntityManager, id: string, caller: Caller | undefined, lock = false): Promise<Scoped> {
  const [row] = await manager.query<AdhesionRow[]>(`SELECT * FROM adhesions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row || !caller?.tenant) throw notFound('Adesione');
  const adhesion = recordOf(row);
  const contract = await knownContract(manager, adhesion.contractId);
  if (caller.tenant === adhesion.agencyId) return { adhesion, contract, side: 'aderente' };
  if (caller.tenant === contract.banditoreAgencyId) return { adhesion, contract, side: 'banditore' };
  throw notFound('Adesione');
}

/**
 * For the banditore's decisions: a banditore of other contracts is told it is not its contract (403),
 * the adhering agency that it cannot judge its own adhesion (403); anyone else gets 404.
 */
export async function adhesionToJudge(manager: EntityManager, id: string, caller: Caller | undefined): Promise<Scoped> {
  const [row] = await manager.query<AdhesionRow[]>('SELECT * FROM adhesions WHERE id = $1 FOR UPDATE', [id]);
  if (!row || !caller?.tenant) throw notFound('Adesione');
  const adhesion = recordOf(row);
  const contract = await knownContract(manager, adhesion.contractId);
  if (caller.tenant === contract.banditoreAgencyId) return { adhesion, contract, side: 'banditore' };
  const notTheirs = forbidden("Solo il RUP del soggetto banditore del contratto valuta le adesioni.", 'NOT_BANDITORE');
  if (caller.tenant === adhesion.agencyId) throw notTheirs;
  const [banditore] = await manager.query('SELECT 1 FROM known_contracts WHERE banditore_agency_id = $1 LIMIT 1', [caller.tenant]);
  if (banditore) throw notTheirs;
  throw notFound('Adesione');
}

export async function adhesionById(manager: EntityManager, id: string): Promise<AdhesionRecord> {
  const [row] = await manager.query<AdhesionRow[]>('SELECT * FROM adhesions WHERE id = $1', [id]);
  return recordOf(row!);
}

export interface RoundView {
  round: number;
  title: string;
  requirements: (DocumentRequirement & { document: Omit<StoredDocument, 'uploadedBy'> | null })[];
}

/** Which person uploaded a file stays in the audit log; the other agency sees only what the file is. */
const withoutUploader = ({ uploadedBy: _uploadedBy, ...document }: StoredDocument): Omit<StoredDocument, 'uploadedBy'> => document;

/** The adhesion with its rounds (the ones the ipotesi asks for), the files uploaded and its history. */
export async function adhesionView(manager: EntityManager, scoped: Scoped) {
  const { adhesion, contract } = scoped;
  const files = await manager.query(
    `SELECT ad.round, ad.requirement_id, ad.signer_relation, d.* FROM adhesion_documents ad JOIN documents d ON d.id = ad.document_id WHERE ad.adhesion_id = $1`, [adhesion.id]);
  const rounds: RoundView[] = contract.rounds.map((round, index) => ({
    round: index,
    title: round.title,
    requirements: requirementsFor(contract, index, adhesion.ipotesi).map((requirement) => {
      const file = files.find((candidate: { round: number; requirement_id: string }) => candidate.round === index && candidate.requirement_id === requirement.id);
      const relation = file?.signer_relation as SignerRelation | null | undefined;
      const signer = relation ? { signerRelation: relation, signerRelationLabel: signerRelationLabels[relation] } : {};
      return { ...requirement, document: file ? { ...withoutUploader(documentOf(file)), ...signer } : null };
    }),
  })).filter((round) => round.requirements.length > 0 || round.round === 0);
  const history = await manager.query(
    `SELECT action, from_status AS "fromStatus", to_status AS "toStatus", round, actor_subject AS "actor", actor_profile AS "profileId", actor_agency AS "agencyId", reason, at
     FROM adhesion_history WHERE adhesion_id = $1 ORDER BY id`, [adhesion.id]);
  return {
    ...adhesion,
    contract: { id: contract.contractId, title: contract.title, cig: contract.cig, ceilingCents: contract.ceilingCents, banditoreAgencyId: contract.banditoreAgencyId, expiryDate: contract.expiryDate },
    rounds,
    history,
  };
}
