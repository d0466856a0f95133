import type { EntityManager } from 'typeorm';
import { defined } from '@app/platform/errors';
import type { Caller, TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { emittedEvent, takeStep } from '@app/platform/lifecycle';
import { appendEvent } from '@app/platform/outbox';
import { agencyMeant, checkAdministers, isGestore } from '../admin/administration.rules.js';
import { officeNotInAgency } from '../agencies/agencies.rules.js';
import { isOfficeOf } from '../agencies/agencies.service.js';
import { credentialDeliveryOf } from '../credentials/credential-delivery.js';
import { issueCredentials } from '../credentials/credentials.service.js';
import type { IdentityDeps } from '../identity-deps.js';
import { findOrRegisterPerson } from '../persons/persons.service.js';
import { grantRoles } from '../profiles/profiles.service.js';
import * as rules from './registration.rules.js';
import type { Registration, RegistrationUser } from './registration.rules.js';
import * as store from './registration.store.js';
import { findConvention } from './convention.store.js';

export interface RegistrationForm {
  contractId: string;
  officeId: string | null;
  users: RegistrationUser[];
}

/** Seed 000: registration to a convention of the Negozio Elettronico, sent to the Gestore. */
export function requestRegistration(
  deps: IdentityDeps,
  act: Command<TenantCaller>,
  form: RegistrationForm,
) {
  const agencyId = act.caller.tenant;
  return transaction(deps.dataSource, act, async (manager) => {
    if (form.officeId && !(await isOfficeOf(manager, form.officeId, agencyId)))
      throw officeNotInAgency();
    rules.checkConvention(await findConvention(manager, form.contractId));
    rules.checkRegisteredFirst(
      form.users,
      await store.approvedFor(manager, agencyId, form.contractId),
    );
    rules.checkNonePending(await store.pendingFor(manager, agencyId, form.contractId));
    const id = await store.insertRegistration(manager, {
      agencyId,
      ...form,
      requestedBy: act.caller.subject,
    });
    await audit(manager, act, 'registration', 'registration.requested', id, {
      contractId: form.contractId,
      users: form.users.length,
    });
    return registrationNow(manager, id);
  });
}

/** The request as this transaction left it. */
const registrationNow = async (manager: EntityManager, id: string): Promise<Registration> =>
  defined(await store.findRegistration(manager, id), `registration ${id}`);

/** The Gestore sees every request; an agency its own. */
export function listRegistrations(deps: IdentityDeps, caller: Caller, status: string | undefined) {
  const agencyId = isGestore(caller) ? undefined : agencyMeant(caller, undefined);
  return store.listRegistrations(deps.dataSource.manager, { status, agencyId });
}

export async function getRegistration(
  deps: IdentityDeps,
  caller: Caller,
  id: string,
): Promise<Registration> {
  const registration = await store.findRegistration(deps.dataSource.manager, id);
  if (!registration) throw rules.registrationNotFound();
  checkAdministers(caller, registration.agencyId);
  return registration;
}

async function pendingForDecision(manager: EntityManager, id: string): Promise<Registration> {
  const registration = await store.findRegistration(manager, id, true);
  if (!registration) throw rules.registrationNotFound();
  rules.checkUndecided(registration);
  return registration;
}

/** Each user gets a profile; people new to the platform get first-access credentials by e-mail. */
async function enrol(
  deps: IdentityDeps,
  manager: EntityManager,
  registration: Registration,
  decidedBy: string,
) {
  const credentials = {
    days: deps.config.FIRST_ACCESS_DAYS,
    sealKey: deps.config.SIGNING_KEY_SECRET,
  };
  const users = [];
  for (const user of registration.users) {
    const { person, known } = await findOrRegisterPerson(manager, user);
    if (!known && person.email)
      await issueCredentials(manager, {
        person,
        reason: 'primo-accesso',
        issuedBy: decidedBy,
        ...credentials,
      });
    const { agencyId, officeId } = registration;
    const profile = await grantRoles(manager, {
      personId: person.id,
      agencyId,
      officeId,
      roles: [user.role],
    });
    users.push({
      profileId: profile.id,
      personId: person.id,
      fiscalCode: person.fiscalCode,
      email: person.email ?? user.email ?? null,
      roles: profile.roles,
    });
  }
  return users;
}

/**
 * The Gestore approves: the users' profiles are created (or extended) and their first access
 * announced.
 */
export async function approveRegistration(
  deps: IdentityDeps,
  act: Command<Caller>,
  id: string,
): Promise<Registration> {
  const approved = await transaction(deps.dataSource, act, async (manager) => {
    const registration = await pendingForDecision(manager, id);
    const users = await enrol(deps, manager, registration, act.caller.subject);
    const { agencyId, contractId } = registration;
    await takeStep(rules.registrationLifecycle, 'approved', registration, {
      save: (to) => store.decide(manager, id, { status: to, by: act.caller.subject }),
      record: (taken) =>
        appendEvent(manager, {
          type: emittedEvent(taken),
          source: 'identity',
          subject: id,
          tenant: agencyId,
          data: { registrationId: id, agencyId, contractId, users },
        }),
      audit: (action) => audit(manager, act, 'registration', action, id),
    });
    return registrationNow(manager, id);
  });
  credentialDeliveryOf(deps.dataSource, deps.config, deps.logger).wake();
  return approved;
}

export function rejectRegistration(
  deps: IdentityDeps,
  act: Command<Caller>,
  id: string,
  reason: string,
): Promise<Registration> {
  return transaction(deps.dataSource, act, async (manager) => {
    const registration = await pendingForDecision(manager, id);
    const { agencyId, contractId } = registration;
    await takeStep(rules.registrationLifecycle, 'rejected', registration, {
      save: (to) => store.decide(manager, id, { status: to, by: act.caller.subject, reason }),
      record: (taken) =>
        appendEvent(manager, {
          type: emittedEvent(taken),
          source: 'identity',
          subject: id,
          tenant: agencyId,
          data: { registrationId: id, agencyId, contractId, reason },
        }),
      audit: (action) => audit(manager, act, 'registration', action, id, { reason }),
    });
    return registrationNow(manager, id);
  });
}
