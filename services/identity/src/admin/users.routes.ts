import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import { actorFromRequest, recordAudit } from '@app/platform/audit';
import { requireTenant, type Caller } from '@app/platform/auth';
import { platformOnlyRoles, roles, type Role } from '@app/roles';
import { AppError, forbidden, notFound } from '@app/platform/errors';
import { defineRoute, validationError, type RouteSpec } from '@app/platform/http';
import type { IdentityDeps } from '../identity-deps.js';
import { credentialDeliveryOf } from '../credentials/credential-delivery.js';
import { fiscalCodeSchema } from '@app/italian-codes';
import { changeRoles, disableProfile, profileById, profilesOfAgency } from '../profiles/profiles.service.js';
import { addUserToAgency } from './users.service.js';
import { endSessionsOfProfile } from '../sessions/sessions.service.js';
import { requireOwnAgencyOrGestore } from './agencies.routes.js';

const administrators = ['amministratore-ente', 'gestore-piattaforma'];
const roleList = z.array(z.enum(roles, { message: `Ruolo non valido: ammessi ${roles.join(', ')}.` })).min(1, 'Indica almeno un ruolo.');

/** An agency administrator never hands out the platform's own roles. */
function checkGrantable(caller: Caller | undefined, granted: Role[]): void {
  if (caller?.roles.includes('gestore-piattaforma')) return;
  const refused = granted.filter((role) => platformOnlyRoles.has(role));
  if (refused.length) throw forbidden(`Ruolo assegnabile solo dal Gestore della piattaforma: ${refused.join(', ')}.`, 'ROLE_NOT_GRANTABLE');
}

/** Credentials are never chosen by an administrator: the platform makes them and only the person reads them. */
function refuseChosenCredentials(body: unknown): void {
  const sent = body && typeof body === 'object' ? Object.keys(body).filter((key) => ['username', 'password'].includes(key)) : [];
  if (sent.length) {
    throw validationError(sent.map((path) => ({
      location: 'body' as const, path,
      message: 'le credenziali non si scelgono: la piattaforma invia quelle di primo accesso alla persona, per e-mail.',
    })));
  }
}

/** The profile, if it belongs to an agency the caller administers; another agency's profile is 403. */
async function administeredProfile(manager: EntityManager, caller: Caller | undefined, profileId: string) {
  const profile = await profileById(manager, profileId);
  if (!profile) throw notFound('Utente');
  requireOwnAgencyOrGestore(caller, profile.agency.id);
  return profile;
}

/** Seed 003's "Gestione utenti" and "Assegna il servizio ai tuoi utenti", within the administrator's own agency. */
export function userRoutes({ dataSource, config, logger }: IdentityDeps): RouteSpec[] {
  const delivery = credentialDeliveryOf(dataSource, config, logger);
  return [
    defineRoute({
      method: 'get', path: '/api/v1/users', operationId: 'listUsers', summary: "Utenti (profili) dell'ente", roles: administrators, tags: ['users'],
      query: z.object({ agencyId: z.uuid().optional() }),
      responses: [{ status: 200, description: 'Profili degli utenti' }],
      handler: async ({ query, caller }) => {
        const agencyId = query.agencyId ?? requireTenant(caller);
        requireOwnAgencyOrGestore(caller, agencyId);
        return profilesOfAgency(dataSource.manager, agencyId);
      },
    }),
    defineRoute({
      method: 'post', path: '/api/v1/users', operationId: 'addUser', summary: "Aggiunge un utente all'ente con i suoi ruoli; a chi è nuovo la piattaforma invia per e-mail le credenziali di primo accesso", roles: administrators, tags: ['users'],
      body: z.object({
        agencyId: z.uuid().optional(),
        fiscalCode: fiscalCodeSchema,
        givenName: z.string().trim().min(1).max(100),
        familyName: z.string().trim().min(1).max(100),
        email: z.email('Indirizzo e-mail non valido.').max(254).optional(),
        officeId: z.uuid().nullable().default(null),
        roles: roleList,
      }),
      responses: [{ status: 201, description: 'Profilo creato (credenziali inviate alla persona, se nuova)' }, { status: 400, description: 'Credenziali indicate, o dati non validi' }, { status: 409, description: "La persona ha già un profilo in quell'ufficio" }],
      handler: async ({ body, caller, req }) => {
        refuseChosenCredentials(req.body);
        const agencyId = body.agencyId ?? requireTenant(caller);
        requireOwnAgencyOrGestore(caller, agencyId);
        checkGrantable(caller, body.roles);
        const added = await dataSource.transaction(async (manager) => {
          const user = await addUserToAgency(manager, caller!, { ...body, agencyId }, { days: config.FIRST_ACCESS_DAYS, sealKey: config.SIGNING_KEY_SECRET });
          await recordAudit(manager, actorFromRequest(req, caller), { action: 'user.created', entityType: 'profile', entityId: user.id, details: { roles: body.roles, firstAccess: Boolean(user.firstAccess) } });
          return user;
        });
        if (added.firstAccess) delivery.wake();
        return added;
      },
    }),
    defineRoute({
      method: 'put', path: '/api/v1/users/:id/roles', operationId: 'setUserRoles', summary: 'Assegna o revoca ruoli (i ruoli indicati sostituiscono i precedenti)', roles: administrators, tags: ['users'],
      params: z.object({ id: z.uuid('Utente non valido.') }),
      body: z.object({ roles: roleList }),
      responses: [{ status: 200, description: 'Ruoli aggiornati' }],
      handler: ({ params, body, caller, req }) => dataSource.transaction(async (manager) => {
        const before = await administeredProfile(manager, caller, params.id);
        checkGrantable(caller, body.roles);
        const profile = await changeRoles(manager, params.id, body.roles);
        // Tokens carry roles: sessions using this profile end so revoked roles stop working now.
        if (before.roles.some((role) => !body.roles.includes(role))) await endSessionsOfProfile(manager, params.id, 'roles-revoked');
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'user.roles-changed', entityType: 'profile', entityId: profile.id, details: { from: before.roles, to: profile.roles } });
        return profile;
      }),
    }),
    defineRoute({
      method: 'post', path: '/api/v1/users/:id/disable', operationId: 'disableUser', summary: "Disabilita l'utente: non potrà più operare per l'ente", roles: administrators, tags: ['users'],
      params: z.object({ id: z.uuid('Utente non valido.') }),
      responses: [{ status: 200, description: 'Utente disabilitato' }],
      handler: ({ params, caller, req }) => dataSource.transaction(async (manager) => {
        const before = await administeredProfile(manager, caller, params.id);
        if (before.personId === caller?.subject && before.id === caller.profileId) {
          throw new AppError({ code: 'SELF_DISABLE', status: 409, title: 'Operazione non consentita', detail: 'Non puoi disabilitare il profilo con cui stai operando.' });
        }
        const profile = await disableProfile(manager, params.id);
        await endSessionsOfProfile(manager, params.id, 'profile-disabled');
        await recordAudit(manager, actorFromRequest(req, caller), { action: 'user.disabled', entityType: 'profile', entityId: profile.id });
        return profile;
      }),
    }),
  ];
}
