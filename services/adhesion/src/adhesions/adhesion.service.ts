import { limitOffset, type PageQuery } from '@app/platform/http';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { adhesionEvents } from '@app/events';
import type { TenantCaller } from '@app/platform/auth';
import { auditTrailOf } from '@app/platform/audit';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import { checkSignaturesVerified, type DocumentStore, type TrustList } from '@app/signed-documents';
import type { CeilingClient } from '../ceiling/catalog-ceiling.client.js';
import {
  checkOpenTo,
  checkRegistered,
  registrationStanding,
  type Ipotesi,
  type KnownContract,
} from '../contracts/known-contract.rules.js';
import { findContract } from '../contracts/known-contract.store.js';
import { isRegistered } from '../contracts/registered-people.store.js';
import * as rules from './adhesion.rules.js';
import type { Adhesion, AdhesionStatus, Party, Side } from './adhesion.rules.js';
import * as store from './adhesion.store.js';
import type { StatusChange } from './adhesion.store.js';
import { filesOf, signatureStatesIn, uploadedIn } from './adhesion-documents.store.js';
import { roundViews } from './adhesion-view.rules.js';

export interface AdhesionDeps {
  dataSource: DataSource;
  store: DocumentStore;
  trust: TrustList;
  ceiling: CeilingClient;
  maxUploadBytes: number;
}

type Act = Command<TenantCaller>;
export interface Scoped {
  adhesion: Adhesion;
  contract: KnownContract;
  side: Side;
}

export const partyOf = (caller: TenantCaller): Party => ({
  subject: caller.subject,
  profileId: caller.profileId ?? null,
  agencyId: caller.tenant,
});

/** The adhesion and its contract as the agency sees them; 404 for anyone else. */
export async function scopedAdhesion(
  manager: EntityManager,
  id: string,
  tenant: string,
  lock = false,
): Promise<Scoped> {
  const adhesion = await store.findVisible(manager, id, tenant, lock);
  if (!adhesion) throw notFound('Adesione');
  const contract = await findContract(manager, adhesion.contractId);
  return { adhesion, contract, side: defined(rules.sideOf(adhesion, contract, tenant)) };
}

interface Transition {
  event: keyof typeof adhesionEvents;
  scoped: Scoped;
  after: Adhesion;
  from: AdhesionStatus | null;
  to: AdhesionStatus | null;
  round: number;
  reason?: string;
  extra?: Record<string, unknown>;
}

/**
 * One transition: its row in the history (who, with which profile, when), and its event with what
 * notify needs to address the parties. Same transaction as the change.
 */
export async function record(manager: EntityManager, act: Act, change: Transition): Promise<void> {
  const {
    after: adhesion,
    scoped: { contract },
  } = change;
  const actor = partyOf(act.caller);
  await store.addHistory(manager, {
    adhesionId: adhesion.id,
    action: change.event,
    from: change.from,
    to: change.to,
    round: change.round,
    actor,
    reason: change.reason,
  });
  await appendEvent(manager, {
    type: adhesionEvents[change.event].type,
    source: 'adhesion',
    subject: adhesion.id,
    tenant: adhesion.agencyId,
    data: {
      adhesionId: adhesion.id,
      code: adhesion.code,
      contractId: contract.contractId,
      contractTitle: contract.title,
      contractCig: contract.cig,
      banditoreAgencyId: contract.banditoreAgencyId,
      agencyId: adhesion.agencyId,
      ipotesi: adhesion.ipotesi,
      amountCents: adhesion.amountCents,
      round: change.round,
      roundTitle: contract.rounds[change.round]?.title ?? `Round ${change.round}`,
      sender: adhesion.sender,
      actor,
      ...(change.reason ? { reason: change.reason } : {}),
      ...change.extra,
    },
  });
}

/** What a step of the adhesion sets besides its state, and what its history and event say. */
export interface StepDetails {
  set?: Omit<StatusChange, 'status'>;
  round: number;
  reason?: string;
  /** Event data computed from the adhesion as the step left it. */
  extra?: (after: Adhesion) => Record<string, unknown>;
  /**
   * Rows (with their events) the history writes before the step's own: the last round's approval.
   */
  preceding?: { event: keyof typeof adhesionEvents; extra?: Record<string, unknown> }[];
  auditDetails?: Record<string, unknown>;
}

/**
 * Takes one declared step of the adhesion (`rules.adhesionLifecycle`): its guard, the new state
 * with what the step sets, the history with its event, and the audit entry, in the caller's
 * transaction.
 */
export function takeAdhesionStep(
  manager: EntityManager,
  act: Act,
  step: rules.AdhesionStep,
  scoped: Scoped,
  details: StepDetails,
) {
  const { id } = scoped.adhesion;
  return takeStep(rules.adhesionLifecycle, step, scoped.adhesion, {
    save: (to) => store.changeStatus(manager, id, { ...details.set, status: to }),
    record: async (taken) => {
      const after = await store.getAdhesion(manager, id);
      const common = {
        scoped,
        after,
        from: taken.from,
        to: taken.to,
        round: details.round,
        reason: details.reason,
      };
      for (const preceding of details.preceding ?? [])
        await record(manager, act, { ...common, event: preceding.event, extra: preceding.extra });
      if (!taken.emits)
        return store.addHistory(manager, {
          adhesionId: id,
          action: taken.action,
          from: taken.from,
          to: taken.to,
          round: details.round,
          actor: partyOf(act.caller),
        });
      await record(manager, act, {
        ...common,
        event: taken.action as keyof typeof adhesionEvents,
        extra: details.extra?.(after),
      });
    },
    audit: (action) => audit(manager, act, 'adhesion', action, id, details.auditDetails),
  });
}

/**
 * The adhesion with its rounds (those its ipotesi asks for), the files uploaded and its history.
 */
/** Registro delle operazioni of an adhesion its agency may see, for the agency's administrator. */
export async function adhesionAuditTrail(deps: AdhesionDeps, tenant: string, id: string) {
  await scopedAdhesion(deps.dataSource.manager, id, tenant);
  return auditTrailOf(deps.dataSource.manager, { type: 'adhesion', id }, tenant, rules.auditLabels);
}

export async function adhesionView(deps: AdhesionDeps, tenant: string, id: string) {
  const { adhesion, contract } = await scopedAdhesion(deps.dataSource.manager, id, tenant);
  const files = await filesOf(deps.dataSource.manager, adhesion.id);
  const history = await store.historyOf(deps.dataSource.manager, adhesion.id);
  const { contractId, title, cig, ceilingCents, banditoreAgencyId, expiryDate } = contract;
  return {
    ...adhesion,
    statusLabel: rules.statusLabels[adhesion.status],
    contract: { id: contractId, title, cig, ceilingCents, banditoreAgencyId, expiryDate },
    rounds: roundViews(contract, adhesion, files),
    history: history.map((step: { action: string; toStatus: AdhesionStatus | null }) => ({
      ...step,
      actionLabel: rules.historyLabels[step.action] ?? step.action,
      toStatusLabel: step.toStatus ? rules.statusLabels[step.toStatus] : null,
    })),
  };
}

export async function listAdhesions(
  deps: AdhesionDeps,
  tenant: string,
  contractId: string,
  page: PageQuery,
) {
  await findContract(deps.dataSource.manager, contractId);
  const adhesions = await store.listForContract(
    deps.dataSource.manager,
    contractId,
    tenant,
    limitOffset(page),
  );
  return adhesions.map((adhesion: { status: rules.AdhesionStatus }) => ({
    ...adhesion,
    statusLabel: rules.statusLabels[adhesion.status],
  }));
}

/** Whether the caller is among the people a registration enables on the contract (seed 000). */
export async function registrationOnContract(
  deps: AdhesionDeps,
  caller: TenantCaller,
  contractId: string,
) {
  const { manager } = deps.dataSource;
  const contract = await findContract(manager, contractId);
  return registrationStanding(contract, await isRegistered(manager, contractId, caller));
}

/** "Richiedi adesione", step 1: a draft with its code. */
export async function createAdhesion(
  deps: AdhesionDeps,
  act: Act,
  contractId: string,
  step: { ipotesi: Ipotesi; amountCents: number },
) {
  const { caller } = act;
  const created = await transaction(deps.dataSource, act, async (manager) => {
    const contract = await findContract(manager, contractId);
    checkOpenTo(contract, caller.tenant);
    checkRegistered(contract, await isRegistered(manager, contractId, caller));
    rules.checkAmount(contract, step.amountCents);
    rules.checkNoRejectedDraft(await store.rejectedCodeOf(manager, contractId, caller.tenant));
    const id = randomUUID();
    const code = rules.adhesionCode(
      await store.nextCodeNumber(manager, new Date().getFullYear()),
      new Date().getFullYear(),
    );
    await store.insertAdhesion(manager, {
      id,
      code,
      contractId,
      agencyId: caller.tenant,
      ...step,
      createdBy: caller.subject,
      createdProfile: caller.profileId ?? null,
    });
    await store.addHistory(manager, {
      adhesionId: id,
      action: 'created',
      from: null,
      to: defined(rules.adhesionLifecycle.initial[0]),
      round: 0,
      actor: partyOf(caller),
    });
    await audit(manager, act, 'adhesion', 'adhesion.created', id, { code });
    return { id };
  });
  return adhesionView(deps, caller.tenant, created.id);
}

/** Step-1 data (ipotesi, amount) while the adhesion is a draft of round 0. */
export async function updateAdhesion(
  deps: AdhesionDeps,
  act: Act,
  id: string,
  change: { ipotesi?: Ipotesi; amountCents?: number },
) {
  await transaction(deps.dataSource, act, async (manager) => {
    const { adhesion, contract, side } = await scopedAdhesion(manager, id, act.caller.tenant, true);
    rules.checkAdhering(side);
    rules.checkStep1Editable(adhesion);
    if (change.amountCents !== undefined) rules.checkAmount(contract, change.amountCents);
    if (change.ipotesi && change.ipotesi !== adhesion.ipotesi) {
      const stranded = rules.strandedDocuments(
        contract,
        change.ipotesi,
        await uploadedIn(manager, id, 0),
      );
      rules.checkNoStrandedDocuments(change.ipotesi, stranded);
    }
    await store.updateStep1(manager, id, change);
    await audit(manager, act, 'adhesion', 'adhesion.step1-changed', id, change);
  });
  return adhesionView(deps, act.caller.tenant, id);
}

/** "Invia": the open round's documents go to the banditore's RUP. */
export async function submitAdhesion(deps: AdhesionDeps, act: Act, id: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedAdhesion(manager, id, act.caller.tenant, true);
    const { adhesion, contract, side } = scoped;
    rules.checkAdhering(side);
    const uploads = await signatureStatesIn(manager, id, adhesion.currentRound);
    rules.checkSendable(
      adhesion,
      contract,
      uploads.map((upload) => upload.requirementId),
    );
    checkSignaturesVerified(rules.signedUploads(adhesion, contract, uploads));
    await takeAdhesionStep(manager, act, 'submitted', scoped, {
      set: { sender: partyOf(act.caller), submitted: true },
      round: adhesion.currentRound,
      extra: (after) => ({ submittedAt: after.submittedAt }),
      auditDetails: { round: adhesion.currentRound },
    });
    return { id };
  });
  return adhesionView(deps, act.caller.tenant, id);
}

/** "Ritira invio adesione": back to the summary, before the banditore takes it in charge. */
export async function withdrawAdhesion(deps: AdhesionDeps, act: Act, id: string) {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedAdhesion(manager, id, act.caller.tenant, true);
    rules.checkAdhering(scoped.side);
    rules.checkWithdrawable(scoped.adhesion);
    await takeAdhesionStep(manager, act, 'withdrawn', scoped, {
      round: scoped.adhesion.currentRound,
    });
    return { id };
  });
  return adhesionView(deps, act.caller.tenant, id);
}

/**
 * "Elimina bozza": a draft, or a rejected adhesion (round 0 is then repeated). The code is not
 * reused.
 */
export async function deleteAdhesionDraft(deps: AdhesionDeps, act: Act, id: string): Promise<void> {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedAdhesion(manager, id, act.caller.tenant, true);
    const { adhesion } = scoped;
    rules.checkAdhering(scoped.side);
    rules.checkDeletable(adhesion);
    for (const documentId of await store.deleteAdhesion(manager, id))
      await deps.store.remove(manager, documentId);
    const round = adhesion.currentRound;
    await record(manager, act, {
      event: 'deleted',
      scoped,
      after: adhesion,
      from: adhesion.status,
      to: null,
      round,
    });
    await audit(manager, act, 'adhesion', 'adhesion.deleted', id);
  });
}
