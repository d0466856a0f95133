import type { EntityManager } from 'typeorm';
import type { AuditActor } from '@app/platform/audit';
import { recordAudit } from '@app/platform/audit';
import type { Caller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { takeStep } from '@app/platform/lifecycle';
import { registerAgency } from '../agencies/agencies.service.js';
import { credentialDeliveryOf } from '../credentials/credential-delivery.js';
import { issueCredentials } from '../credentials/credentials.service.js';
import type { IdentityDeps } from '../identity-deps.js';
import { findOrRegisterPerson } from '../persons/persons.service.js';
import { grantRoles } from '../profiles/profiles.service.js';
import * as rules from './supplier-registration.rules.js';
import * as store from './supplier-registration.store.js';

/**
 * «Registrazione indirizzario» (seed 002): anyone may ask for an operator; the request waits for
 * the Gestore, and the answer is the same whether the operator was known or not.
 */
export async function requestSupplierRegistration(
  deps: IdentityDeps,
  request: rules.SupplierRequest,
  actor: AuditActor,
): Promise<{ message: string }> {
  await deps.dataSource.transaction(async (manager) => {
    await store.insertRequest(manager, request);
    await recordAudit(manager, actor, {
      action: 'supplier-registration.requested',
      entityType: 'supplier-registration',
      details: { fiscalCode: request.fiscalCode },
    });
  });
  return { message: rules.supplierRequestReceived };
}

export const listSupplierRegistrations = (deps: IdentityDeps) =>
  store.listRequests(deps.dataSource.manager).then((items) => ({ items }));

async function waiting(manager: EntityManager, id: string) {
  const request = await store.findRequest(manager, id);
  if (!request) throw rules.supplierRequestNotFound();
  return request;
}

/**
 * The Gestore approves: the operator's agency with its seat, its referent's profile as «Operatore
 * economico» and, for a person new to the platform, first-access credentials by e-mail.
 */
export async function approveSupplierRegistration(
  deps: IdentityDeps,
  act: Command<Caller>,
  id: string,
) {
  const approved = await transaction(deps.dataSource, act, async (manager) => {
    const request = await waiting(manager, id);
    rules.supplierRegistrationLifecycle.check('approved', request);
    const agency = await registerAgency(manager, {
      name: request.name,
      kind: 'operatore-economico',
      fiscalCode: request.fiscalCode,
      pec: request.pec,
      offices: ['Sede legale'],
    });
    const { person, known } = await findOrRegisterPerson(manager, request.referent);
    await grantRoles(manager, {
      personId: person.id,
      agencyId: agency.id,
      officeId: agency.offices[0]?.id ?? null,
      roles: ['operatore-economico'],
    });
    if (!known && person.email)
      await issueCredentials(manager, {
        person,
        reason: 'primo-accesso',
        issuedBy: act.caller.subject,
        days: deps.config.FIRST_ACCESS_DAYS,
        sealKey: deps.config.SIGNING_KEY_SECRET,
      });
    await takeStep(rules.supplierRegistrationLifecycle, 'approved', request, {
      save: (to) =>
        store.decide(manager, id, { status: to, by: act.caller.subject, agencyId: agency.id }),
      audit: (action) => audit(manager, act, 'supplier-registration', action, id),
    });
    return { id, agencyId: agency.id };
  });
  credentialDeliveryOf(deps.dataSource, deps.config, deps.logger).wake();
  return approved;
}

export function rejectSupplierRegistration(
  deps: IdentityDeps,
  act: Command<Caller>,
  id: string,
  reason: string,
) {
  return transaction(deps.dataSource, act, async (manager) => {
    const request = await waiting(manager, id);
    await takeStep(rules.supplierRegistrationLifecycle, 'rejected', request, {
      save: (to) => store.decide(manager, id, { status: to, by: act.caller.subject, reason }),
      audit: (action) => audit(manager, act, 'supplier-registration', action, id),
    });
    return { id };
  });
}
