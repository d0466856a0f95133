import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller, TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, defined } from '@app/platform/errors';
import { emittedEvent, takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import { requireAnacCodes } from '../code-lists/code-lists.service.js';
import { findAgency, findApprovedAdhesion } from '../directory/directory.store.js';
import type { PcpClient } from '../pcp/pcp-client.js';
import type { RupIdentity } from '../pdnd/tracking-evidence.js';
import { totalOf, type CigRequestData } from './cig-request.schema.js';
import * as rules from './cig-request.rules.js';
import type { CigRequest } from './cig-request.rules.js';
import { transmissionsOf } from '../pcp/transmissions.store.js';
import * as store from './cig-request.store.js';
import { codedFieldsOf } from './coded-fields.rules.js';

export interface CigRequestDeps {
  dataSource: DataSource;
  pcp: PcpClient | undefined;
  /** Takes a confirmation just requested at once, rather than at the next tick. */
  wake: () => void;
}

type Act = Command<TenantCaller>;

/** The PCP client, or a clear 503 when the platform has no PDND key configured. */
export function requirePcp(pcp: PcpClient | undefined): PcpClient {
  if (!pcp) throw rules.pdndMissing();
  return pcp;
}

/** The caller as ANAC must know them (a RUP with a strong login), with their agency's AUSA code. */
export async function rupFor(
  manager: EntityManager,
  caller: Caller & { tenant: string },
): Promise<RupIdentity> {
  return rules.rupIdentityOf(
    caller,
    (await findAgency(manager, caller.tenant)) ?? { fiscalCode: '', ausaCode: null },
  );
}

/** One of the agency's requests; another agency's does not exist for the caller (404). */
export async function loadRequest(
  manager: EntityManager,
  id: string,
  agencyId: string,
  lock = false,
): Promise<CigRequest> {
  const request = await store.findRequest(manager, id, agencyId, lock);
  if (!request) throw notFound('Richiesta CIG');
  return request;
}

/** The adhesion the request names, if any, and every code ANAC reads, checked before saving. */
async function checkData(
  manager: EntityManager,
  agencyId: string,
  data: CigRequestData,
): Promise<void> {
  if (data.adhesionId) {
    rules.checkAdhesionReference(
      await findApprovedAdhesion(manager, data.adhesionId),
      agencyId,
      data.parentCig,
    );
  }
  await requireAnacCodes(manager, codedFieldsOf(data));
}

export function listCigRequests(deps: CigRequestDeps, caller: TenantCaller) {
  return store.listForAgency(deps.dataSource.manager, caller.tenant);
}

export async function getCigRequest(deps: CigRequestDeps, caller: TenantCaller, id: string) {
  return rules.viewOf(await loadRequest(deps.dataSource.manager, id, caller.tenant));
}

export async function listTransmissions(deps: CigRequestDeps, caller: TenantCaller, id: string) {
  await loadRequest(deps.dataSource.manager, id, caller.tenant);
  return transmissionsOf(deps.dataSource.manager, id);
}

/** "Richiedi CIG": the appalto of an adhesion without a new competition (scheda AD4), in draft. */
export function createCigRequest(deps: CigRequestDeps, act: Act, data: CigRequestData) {
  const agencyId = act.caller.tenant;
  return transaction(deps.dataSource, act, async (manager) => {
    await checkData(manager, agencyId, data);
    const id = randomUUID();
    const full = {
      ...data,
      codiceAppalto: data.codiceAppalto ?? `NE-${id}`,
      participantId: randomUUID(),
    };
    await store.insertRequest(manager, {
      id,
      agencyId,
      data: full,
      totalCents: totalOf(data),
      author: act.caller.subject,
    });
    await audit(manager, act, 'cig-request', 'cig-request.created', id);
    return rules.viewOf(await loadRequest(manager, id, agencyId));
  });
}

/** Edits until ANAC has the appalto confirmed; a refused request goes back to draft. */
export function updateCigRequest(deps: CigRequestDeps, act: Act, id: string, data: CigRequestData) {
  const agencyId = act.caller.tenant;
  return transaction(deps.dataSource, act, async (manager) => {
    const request = await loadRequest(manager, id, agencyId, true);
    rules.checkEditable(request);
    await checkData(manager, agencyId, data);
    const codiceAppalto = rules.codiceAppaltoAfterEdit(request, data.codiceAppalto);
    await takeStep(rules.cigRequestLifecycle, 'changed', request, {
      save: (to) =>
        store.updateData(
          manager,
          id,
          to,
          { ...data, codiceAppalto, participantId: request.data.participantId },
          totalOf(data),
        ),
      audit: (action) => audit(manager, act, 'cig-request', action, id),
    });
    return rules.viewOf(await loadRequest(manager, id, agencyId));
  });
}

/**
 * "Conferma appalto": the request goes "in corso" and the confirmation work takes it to ANAC. A
 * second command for the same request (a redelivery, a double click) finds it in progress and
 * changes nothing.
 */
export async function startConfirmation(
  manager: EntityManager,
  request: CigRequest,
  rup: RupIdentity,
): Promise<CigRequest> {
  const start = rules.confirmationStart(request);
  if (start === 'already-in-progress') return request;
  await takeStep(rules.cigRequestLifecycle, 'confirm-requested', request, {
    save: (to) => store.startProgress(manager, request.id, to, start, rup),
  });
  return loadRequest(manager, request.id, request.agencyId);
}

export async function confirmAppalto(deps: CigRequestDeps, act: Act, id: string) {
  requirePcp(deps.pcp);
  const rup = await rupFor(deps.dataSource.manager, act.caller);
  const started = await transaction(deps.dataSource, act, async (manager) => {
    const request = await startConfirmation(
      manager,
      await loadRequest(manager, id, act.caller.tenant, true),
      rup,
    );
    await audit(manager, act, 'cig-request', 'cig-request.confirm-requested', id);
    return rules.viewOf(request);
  });
  deps.wake();
  return started;
}

/**
 * "Acquisisci CIG": recupera-cig for a confirmed appalto, every page, each CIG stored with its lot
 * and amount and announced. A second call returns what was acquired the first time.
 */
export async function acquireCigs(
  dataSource: DataSource,
  pcp: PcpClient,
  request: CigRequest,
  rup: RupIdentity,
): Promise<CigRequest> {
  if (!rules.acquisitionNeeded(request)) return request;
  const cigs = rules.cigsOfLots(request, await recoveredCigs(pcp, request, rup));
  return dataSource.transaction(async (manager) => {
    const { id, agencyId, data, idAppalto, totalCents } = request;
    await takeStep(rules.cigRequestLifecycle, 'cigs-acquired', request, {
      save: (to) => store.markAcquired(manager, id, to, cigs),
      record: (taken) =>
        appendEvent(manager, {
          type: emittedEvent(taken),
          source: 'anac-gateway',
          subject: id,
          tenant: agencyId,
          data: {
            cigRequestId: id,
            agencyId,
            codiceAppalto: data.codiceAppalto,
            parentCig: data.parentCig,
            adhesionId: data.adhesionId,
            idAppalto,
            cigs,
            totalCents,
          },
        }),
    });
    return loadRequest(manager, id, agencyId);
  });
}

/** Every page of recupera-cig for the request's appalto. */
async function recoveredCigs(pcp: PcpClient, request: CigRequest, rup: RupIdentity) {
  const found: { cig: string; lotIdentifier: string }[] = [];
  for (let page = 1; ; page++) {
    const answer = await pcp.call({
      cigRequestId: request.id,
      rup,
      businessFlowID: defined(request.idAppalto),
      eservice: 'ComunicaAppalto',
      operation: 'recupera-cig',
      method: 'GET',
      repeatable: true,
      query: { idAppalto: defined(request.idAppalto), page: String(page), perPage: '20' },
    });
    if (answer.status !== 200) {
      const detail = `ANAC non ha restituito i CIG (${answer.status}): ${String(answer.body.detail ?? '')}`;
      throw rules.cigsNotReturned(detail);
    }
    found.push(...((answer.body.result as typeof found | undefined) ?? []));
    if (page >= Number(answer.body.totPages ?? 1)) return found;
  }
}

export async function acquireCigsFor(deps: CigRequestDeps, act: Act, id: string) {
  const pcp = requirePcp(deps.pcp);
  const rup = await rupFor(deps.dataSource.manager, act.caller);
  const acquired = await acquireCigs(
    deps.dataSource,
    pcp,
    await loadRequest(deps.dataSource.manager, id, act.caller.tenant),
    rup,
  );
  await audit(deps.dataSource.manager, act, 'cig-request', 'cig-request.cigs-acquired', id);
  return rules.viewOf(acquired);
}
