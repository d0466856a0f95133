import type { DataSource } from 'typeorm';
import type { Caller, TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import { visibleContract } from '../contracts/contract.service.js';
import { checkMayAnswer, checkMayAsk } from './clarification.rules.js';
import * as store from './clarification.store.js';

type Act = Command<TenantCaller>;

export function askClarification(
  dataSource: DataSource,
  act: Act,
  contractId: string,
  question: string,
) {
  const tenant = act.caller.tenant;
  return transaction(dataSource, act, async (manager) => {
    checkMayAsk(await visibleContract(manager, contractId, tenant), tenant);
    const row = await store.insertQuestion(manager, {
      contractId,
      agencyId: tenant,
      askedBy: act.caller.subject,
      text: question,
    });
    await audit(manager, act, 'clarification', 'clarification.asked', row.id, { contractId });
    return row;
  });
}

export async function listClarifications(
  dataSource: DataSource,
  caller: Caller | undefined,
  contractId: string,
) {
  const contract = await visibleContract(dataSource.manager, contractId, caller?.tenant);
  const banditore = contract.banditore.agencyId === caller?.tenant;
  return store.clarificationsFor(dataSource.manager, contractId, caller?.tenant, banditore);
}

/** The banditore answers: the answer becomes visible to every agency, anonymised. */
export function answerClarification(
  dataSource: DataSource,
  act: Act,
  contractId: string,
  id: string,
  text: string,
) {
  const tenant = act.caller.tenant;
  return transaction(dataSource, act, async (manager) => {
    checkMayAnswer(await visibleContract(manager, contractId, tenant), tenant);
    const row = await store.answer(manager, id, contractId, text, act.caller.subject);
    if (!row) throw notFound('Chiarimento');
    await audit(manager, act, 'clarification', 'clarification.answered', id);
    return row;
  });
}
