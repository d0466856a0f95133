import type { Caller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import {
  addOffice,
  listAgencies,
  registerAgency,
  requireAgency,
  type AgencyInput,
} from '../agencies/agencies.service.js';
import type { IdentityDeps } from '../identity-deps.js';
import * as rules from './administration.rules.js';

type Act = Command<Caller>;

export function registerNewAgency(deps: IdentityDeps, act: Act, input: AgencyInput) {
  return transaction(deps.dataSource, act, async (manager) => {
    const agency = await registerAgency(manager, input);
    await audit(manager, act, 'agency', 'agency.registered', agency.id, { name: agency.name });
    return agency;
  });
}

/** The Gestore sees every agency; anyone else only their own. */
export async function agenciesFor(deps: IdentityDeps, caller: Caller) {
  if (rules.isGestore(caller)) return listAgencies(deps.dataSource.manager);
  return [await requireAgency(deps.dataSource.manager, rules.agencyMeant(caller, undefined))];
}

export async function agencyFor(deps: IdentityDeps, caller: Caller, agencyId: string) {
  rules.checkAdministers(caller, agencyId);
  return requireAgency(deps.dataSource.manager, agencyId);
}

export function addAgencyOffice(deps: IdentityDeps, act: Act, agencyId: string, name: string) {
  rules.checkAdministers(act.caller, agencyId);
  return transaction(deps.dataSource, act, async (manager) => {
    const office = await addOffice(manager, agencyId, name);
    await audit(manager, act, 'office', 'office.created', office.id, {
      agencyId,
      name: office.name,
    });
    return office;
  });
}
