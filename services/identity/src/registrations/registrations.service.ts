import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import type { Role } from '@app/roles';
import { conflict, notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { issueCredentials } from '../credentials/first-access.js';
import { personByFiscalCode, registerPerson, type PersonFacts } from '../persons/persons.service.js';
import { grantRoles } from '../profiles/profiles.service.js';

export interface RegistrationUser extends PersonFacts {
  role: Extract<Role, 'punto-ordinante' | 'punto-richiedente' | 'assistente-punto-ordinante'>;
}

export interface Registration {
  id: string;
  agencyId: string;
  agencyName: string;
  contractId: string;
  officeId: string | null;
  users: RegistrationUser[];
  status: 'in-attesa' | 'approvata' | 'respinta';
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

const select = `SELECT r.id, r.agency_id AS "agencyId", a.name AS "agencyName", r.contract_id AS "contractId", r.office_id AS "officeId", r.users,
    r.status, r.reason, r.created_at AS "createdAt", r.decided_at AS "decidedAt"
  FROM registrations r JOIN agencies a ON a.id = r.agency_id`;

export async function requestRegistration(manager: EntityManager, input: { agencyId: string; contractId: string; officeId: string | null; users: RegistrationUser[]; requestedBy: string }): Promise<Registration> {
  const [pending] = await manager.query("SELECT id FROM registrations WHERE agency_id = $1 AND contract_id = $2 AND status = 'in-attesa'", [input.agencyId, input.contractId]);
  if (pending) throw conflict("L'ente ha già una richiesta di registrazione in attesa per questa convenzione.", 'REGISTRATION_PENDING');
  const [{ id }] = await manager.query(
    'INSERT INTO registrations (agency_id, contract_id, office_id, users, requested_by) VALUES ($1, $2, $3, $4, $5) RETURNING id',
    [input.agencyId, input.contractId, input.officeId, JSON.stringify(input.users), input.requestedBy]);
  return (await registrationById(manager, id))!;
}

export async function registrationById(manager: EntityManager, id: string): Promise<Registration | undefined> {
  const [row] = await manager.query(`${select} WHERE r.id = $1`, [id]);
  return row;
}

export async function listRegistrations(manager: EntityManager, filter: { agencyId?: string; status?: string }): Promise<Registration[]> {
  return manager.query(`${select} WHERE ($1::uuid IS NULL OR r.agency_id = $1) AND ($2::text IS NULL OR r.status = $2) ORDER BY r.created_at DESC`,
    [filter.agencyId ?? null, filter.status ?? null]);
}

async function pendingForDecision(manager: EntityManager, id: string): Promise<Registration> {
  const [row] = await manager.query(`${select} WHERE r.id = $1 FOR UPDATE OF r`, [id]);
  if (!row) throw notFound('Richiesta di registrazione');
  if (row.status !== 'in-attesa') throw conflict(`La richiesta è già stata ${row.status === 'approvata' ? 'approvata' : 'respinta'}.`, 'REGISTRATION_DECIDED');
  return row;
}

/**
 * Approval creates (or extends) the users' profiles and announces their first access; people new to
 * the platform get first-access credentials by e-mail, people already known keep theirs.
 */
export async function approveRegistration(manager: EntityManager, id: string, decidedBy: string, credentials: { days: number; sealKey: string | undefined }): Promise<Registration> {
  const registration = await pendingForDecision(manager, id);
  const users = [];
  for (const user of registration.users) {
    const known = await personByFiscalCode(manager, user.fiscalCode);
    const person = known ?? await registerPerson(manager, user);
    if (!known && person.email) await issueCredentials(manager, { person, reason: 'primo-accesso', issuedBy: decidedBy, ...credentials });
    const profile = await grantRoles(manager, { personId: person.id, agencyId: registration.agencyId, officeId: registration.officeId, roles: [user.role] });
    users.push({ profileId: profile.id, personId: person.id, fiscalCode: person.fiscalCode, email: person.email ?? user.email ?? null, roles: profile.roles });
  }
  await manager.query("UPDATE registrations SET status = 'approvata', decided_by = $2, decided_at = now() WHERE id = $1", [id, decidedBy]);
  await appendEvent(manager, {
    type: identityEvents.registrationApproved.type, source: 'identity', subject: id, tenant: registration.agencyId,
    data: { registrationId: id, agencyId: registration.agencyId, contractId: registration.contractId, users },
  });
  return (await registrationById(manager, id))!;
}

export async function rejectRegistration(manager: EntityManager, id: string, decidedBy: string, reason: string): Promise<Registration> {
  const registration = await pendingForDecision(manager, id);
  await manager.query("UPDATE registrations SET status = 'respinta', decided_by = $2, decided_at = now(), reason = $3 WHERE id = $1", [id, decidedBy, reason]);
  await appendEvent(manager, {
    type: identityEvents.registrationRejected.type, source: 'identity', subject: id, tenant: registration.agencyId,
    data: { registrationId: id, agencyId: registration.agencyId, contractId: registration.contractId, reason },
  });
  return (await registrationById(manager, id))!;
}
