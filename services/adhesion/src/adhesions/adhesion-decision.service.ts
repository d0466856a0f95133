import type { EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import { findContract, isBanditore } from '../contracts/known-contract.store.js';
import * as rules from './adhesion.rules.js';
import * as store from './adhesion.store.js';
import {
  adhesionView,
  takeAdhesionStep,
  type AdhesionDeps,
  type Scoped,
} from './adhesion.service.js';

type Act = Command<TenantCaller>;

/**
 * For the banditore's decisions: a banditore of other contracts is told it is not its contract
 * (403), the adhering agency that it cannot judge its own adhesion (403); anyone else gets 404.
 */
async function adhesionToJudge(
  manager: EntityManager,
  id: string,
  tenant: string,
): Promise<Scoped> {
  const adhesion = await store.findForDecision(manager, id);
  if (!adhesion) throw notFound('Adesione');
  const contract = await findContract(manager, adhesion.contractId);
  if (tenant === contract.banditoreAgencyId) return { adhesion, contract, side: 'banditore' };
  if (tenant === adhesion.agencyId || (await isBanditore(manager, tenant)))
    throw rules.notBanditore();
  throw notFound('Adesione');
}

/** "Prendi in carico": the banditore's RUP starts evaluating a sent round. */
export async function takeChargeOfRound(deps: AdhesionDeps, act: Act, id: string, round: number) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await adhesionToJudge(manager, id, act.caller.tenant);
    rules.checkTakeable(scoped.adhesion, round);
    await takeAdhesionStep(manager, act, 'taken-in-charge', scoped, {
      round,
      auditDetails: { round },
    });
    return { id };
  });
  return adhesionView(deps, act.caller.tenant, id);
}

/**
 * Approval of a round opens the next one; approval of the last reserves the amount on the
 * contract's ceiling first, and only then approves the adhesion. A reservation that does not fit
 * refuses the approval with the remaining amount; the adhesion stays pending. If this transaction
 * fails after catalog reserved, the reservation stays under the adhesion's id and a retried
 * approval finds it there instead of reserving twice (docs/decisions/0009).
 */
export async function approveAdhesionRound(
  deps: AdhesionDeps,
  act: Act,
  id: string,
  round: number,
) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await adhesionToJudge(manager, id, act.caller.tenant);
    const { adhesion, contract } = scoped;
    rules.checkPending(adhesion, round, 'approvare');
    const next = rules.nextRound(contract, adhesion);
    if (next === null)
      await deps.ceiling.reserve(contract.contractId, id, adhesion.amountCents, act.bearer());
    const details = { round, auditDetails: { round } };
    if (next !== null)
      await takeAdhesionStep(manager, act, 'roundApproved', scoped, {
        ...details,
        set: { currentRound: next },
        extra: () => ({ nextRound: next }),
      });
    else {
      // The last round's approval is the adhesion's: the history says both, each with its event.
      await takeAdhesionStep(manager, act, 'approved', scoped, {
        ...details,
        set: { approved: true },
        preceding: [{ event: 'roundApproved', extra: { nextRound: null } }],
        extra: (after) => ({ approvedAt: after.approvedAt }),
      });
    }
    return { id };
  });
  return adhesionView(deps, act.caller.tenant, id);
}

/**
 * Rejection with a reason: the adhering agency deletes the draft and repeats round 0 (seed 001,
 * Fig. 13–14).
 */
export async function rejectAdhesionRound(
  deps: AdhesionDeps,
  act: Act,
  id: string,
  round: number,
  reason: string,
) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await adhesionToJudge(manager, id, act.caller.tenant);
    const { adhesion } = scoped;
    rules.checkPending(adhesion, round, 'rifiutare');
    const rejection = { round, reason, at: new Date().toISOString() };
    await takeAdhesionStep(manager, act, 'roundRejected', scoped, {
      set: { rejection },
      round,
      reason,
      auditDetails: { round, reason },
    });
    return { id };
  });
  return adhesionView(deps, act.caller.tenant, id);
}
