import { z } from 'zod';

import { authMethods } from '../login-strength/index.js';

export { authMethods, strongAuthMethods } from '../login-strength/index.js';

/** Claims of an access token issued by the identity service. */
export const accessTokenClaims = z.object({
  sub: z.string().min(1),
  fiscal_number: z.string().min(1).optional(),
  profile_id: z.string().min(1).optional(),
  tenant: z.string().min(1).optional(),
  office: z.string().optional(),
  roles: z.array(z.string()).default([]),
  auth_method: z.enum(authMethods).optional(),
  acr: z.string().optional(),
  amr: z.array(z.string()).optional(),
  auth_time: z.number().int().optional(),
  sid: z.string().optional(),
  client_id: z.string().optional(),
  scope: z.string().optional(),
});

/** The verified caller of a request, as every handler sees it. */
export interface Caller {
  subject: string;
  fiscalNumber?: string;
  profileId?: string;
  /** The agency the caller acts for; every read and write is scoped to it. */
  tenant?: string;
  office?: string;
  roles: string[];
  authMethod?: (typeof authMethods)[number];
  acr?: string;
  amr?: string[];
  authTime?: number;
  sessionId?: string;
  clientId?: string;
  scopes: string[];
}

/** A caller acting for an agency: what `tenant` routes receive. */
export type TenantCaller = Caller & { tenant: string };

export function callerFromClaims(claims: z.output<typeof accessTokenClaims>): Caller {
  return {
    subject: claims.sub,
    fiscalNumber: claims.fiscal_number,
    profileId: claims.profile_id,
    tenant: claims.tenant,
    office: claims.office,
    roles: claims.roles,
    authMethod: claims.auth_method,
    acr: claims.acr,
    amr: claims.amr,
    authTime: claims.auth_time,
    sessionId: claims.sid,
    clientId: claims.client_id,
    scopes: claims.scope ? claims.scope.split(' ') : [],
  };
}
