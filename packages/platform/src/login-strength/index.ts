/**
 * Which logins are strong, in one place (seed 001): SPID at level 2 or 3, CIE, or a CNS card.
 * Username and password never are, nor SPID level 1. Pure, so rules files use it as well as the
 * platform's guards.
 */

/** Methods a person can log in with; the first three are the ones that can be strong. */
export const authMethods = ['spid', 'cie', 'cns', 'password'] as const;
export const strongAuthMethods: ReadonlySet<string> = new Set(['spid', 'cie', 'cns']);

const spidLevelUris: Record<string, 1 | 2 | 3> = {
  'https://www.spid.gov.it/SpidL1': 1,
  'https://www.spid.gov.it/SpidL2': 2,
  'https://www.spid.gov.it/SpidL3': 3,
};

/** The SPID level an `acr` names (CIE id uses the same URIs), or undefined. */
export const spidLevelOf = (acr: string | undefined): 1 | 2 | 3 | undefined =>
  spidLevelUris[acr ?? ''];

/**
 * Whether the login is strong enough for the acts seed 001 reserves to SPID (level 2 or more), CIE
 * or CNS.
 */
export function isStrongLogin(login: { authMethod?: string; acr?: string }): boolean {
  if (login.authMethod === 'cie' || login.authMethod === 'cns') return true;
  return login.authMethod === 'spid' && (spidLevelOf(login.acr) ?? 0) >= 2;
}
