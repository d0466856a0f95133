import { AppError, forbidden, unauthorized } from '../errors/index.js';
import { isStrongLogin } from '../login-strength/index.js';
import type { Caller } from './claims.js';
import type { RouteAccess } from './access.js';

/** Throws unless the caller may use a route with the given access rules. */
export function checkAccess(access: RouteAccess, caller: Caller | undefined): void {
  if (access.public) return;
  if (!caller) throw unauthorized('È necessario autenticarsi per questa operazione.');
  if (access.tenant) requireTenant(caller);
  if (caller.clientId) return checkScopes(access, caller);
  if (access.roles?.length && !access.roles.some((role) => caller.roles.includes(role))) {
    throw forbidden(
      `Operazione riservata ai profili: ${access.roles.join(', ')}.`,
      'ROLE_REQUIRED',
    );
  }
  if (access.strongAuth) requireStrongAuth(caller);
}

/**
 * A partner system's token: the route must be open to partners, and every scope it names granted.
 */
function checkScopes(access: RouteAccess, caller: Caller): void {
  if (!access.scopes?.length) {
    throw forbidden('Operazione non disponibile ai sistemi partner.', 'CLIENT_NOT_ALLOWED');
  }
  const missing = access.scopes.filter((scope) => !caller.scopes.includes(scope));
  if (missing.length) {
    throw new AppError({
      code: 'SCOPE_REQUIRED',
      status: 403,
      title: 'Ambito non concesso',
      detail: `Il token del sistema partner non ha gli ambiti richiesti: ${missing.join(', ')}.`,
      extensions: { error: 'insufficient_scope', scope: access.scopes.join(' ') },
    });
  }
}

/**
 * ANAC operations need a person authenticated with SPID (level 2 or more), CIE or CNS, never a
 * password session.
 */
export function requireStrongAuth(caller: Caller): void {
  if (!isStrongLogin(caller)) {
    throw new AppError({
      code: 'STRONG_AUTH_REQUIRED',
      status: 403,
      title: 'Autenticazione forte richiesta',
      detail: 'Per questa operazione è necessario accedere con SPID (livello 2 o 3), CIE o CNS.',
    });
  }
}

/** The caller's agency; every tenant-scoped operation starts here. */
export function requireTenant(caller: Caller | undefined): string {
  if (!caller?.tenant)
    throw forbidden('Nessun ente associato al profilo selezionato.', 'TENANT_REQUIRED');
  return caller.tenant;
}

/**
 * The token of an `Authorization: Bearer …` header; undefined without one (or with another scheme,
 * such as the Basic credentials of the OAuth2 token endpoint), 401 when a Bearer header is
 * malformed.
 */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header || !/^bearer\b/i.test(header)) return undefined;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  if (!match) throw unauthorized("L'intestazione Authorization deve contenere un token Bearer.");
  return match[1];
}
