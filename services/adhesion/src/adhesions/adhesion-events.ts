import type { EntityManager } from 'typeorm';
import { adhesionEvents } from '@app/contracts';
import { appendEvent } from '@app/platform/outbox';
import type { Caller } from '@app/platform/auth';
import type { KnownContract } from '../contracts/known-contracts.js';
import { partyOf, type AdhesionRecord, type AdhesionStatus } from './adhesion.js';

type AdhesionEvent = keyof typeof adhesionEvents;

/**
 * One transition: its row in the history (who, with which profile, when), and its event with what the
 * notification service needs to address the parties. Same transaction as the change.
 */
export async function recordTransition(manager: EntityManager, change: {
  event: AdhesionEvent; adhesion: AdhesionRecord; contract: KnownContract; caller: Caller; from: AdhesionStatus | null; to: AdhesionStatus | null;
  round: number; reason?: string; extra?: Record<string, unknown>;
}): Promise<void> {
  const { adhesion, contract, caller } = change;
  await manager.query(
    `INSERT INTO adhesion_history (adhesion_id, action, from_status, to_status, round, actor_subject, actor_profile, actor_agency, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [adhesion.id, change.event, change.from, change.to, change.round, caller.subject, caller.profileId ?? null, caller.tenant ?? null, change.reason ?? null]);
  const definition = adhesionEvents[change.event];
  await appendEvent(manager, {
    type: definition.type, source: 'adhesion', subject: adhesion.id, tenant: adhesion.agencyId,
    data: {
      adhesionId: adhesion.id, code: adhesion.code, contractId: contract.contractId, contractTitle: contract.title, contractCig: contract.cig,
      banditoreAgencyId: contract.banditoreAgencyId, agencyId: adhesion.agencyId, ipotesi: adhesion.ipotesi, amountCents: adhesion.amountCents,
      round: change.round, roundTitle: contract.rounds[change.round]?.title ?? `Round ${change.round}`, sender: adhesion.sender, actor: partyOf(caller),
      ...(change.reason ? { reason: change.reason } : {}), ...change.extra,
    },
  });
}
