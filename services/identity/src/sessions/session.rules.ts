import { refuse, refusals } from '@app/platform/errors';

/** A login session lasts a working day at most; access tokens are renewed within it. */
export const sessionLifetimeSeconds = 8 * 3600;

export type AuthMethod = 'spid' | 'cie' | 'cns' | 'password';

/** How the person proved who they are; copied unchanged into every token of the session. */
export interface LoginFacts {
  personId: string;
  method: AuthMethod;
  acr: string;
  amr: string[];
  authTime: Date;
  idp?: string;
  saml?: { nameId: string; nameQualifier?: string; sessionIndex?: string };
}

export interface LoginSession {
  id: string;
  personId: string;
  method: AuthMethod;
  acr: string;
  amr: string[];
  authTime: Date;
  idp: string | null;
  samlNameId: string | null;
  samlNameQualifier: string | null;
  samlSessionIndex: string | null;
  selectedProfileId: string | null;
}

export const sessionRefusals = refusals({
  PROFILE_NOT_AVAILABLE: { status: 403, title: 'Profilo non disponibile' },
});

/** "Cambio profilo": only one of the person's own active profiles. */
export function checkProfileAvailable<Profile extends { personId: string; status: string }>(
  session: LoginSession,
  profile: Profile | undefined,
): asserts profile is Profile {
  if (profile && profile.personId === session.personId && profile.status === 'attivo') return;
  throw refuse(
    sessionRefusals.PROFILE_NOT_AVAILABLE,
    'Il profilo indicato non è tra i tuoi profili attivi.',
  );
}

/** What a person is shown of their session: how and when they logged in. */
export const sessionView = (session: LoginSession) => ({
  id: session.id,
  method: session.method,
  acr: session.acr,
  amr: session.amr,
  authTime: new Date(session.authTime).toISOString(),
  idp: session.idp,
});

/** The session seen as the caller of its own audit entries (login, profile choice, logout). */
export function sessionAsCaller(
  session: LoginSession,
  profile?: { id: string; roles: string[]; agency: { id: string } },
) {
  return {
    subject: session.personId,
    roles: profile?.roles ?? [],
    scopes: [] as string[],
    authMethod: session.method,
    sessionId: session.id,
    tenant: profile?.agency.id,
    profileId: profile?.id,
  };
}
