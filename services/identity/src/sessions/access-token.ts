import type { DataSource } from 'typeorm';
import { signAccessToken, accessTokenTtlSeconds } from '../keys/keys.service.js';
import type { Person } from '../persons/persons.service.js';
import type { ProfileView } from '../profiles/profiles.service.js';
import type { LoginSession } from './session.rules.js';

export interface TokenSettings {
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  SIGNING_KEY_SECRET?: string;
}

/**
 * The access token of a session, for its selected profile if any. Method, level, amr and auth time
 * come from the login itself, so a profile switch never raises or lowers them.
 */
export async function accessTokenFor(
  dataSource: DataSource,
  settings: TokenSettings,
  session: LoginSession,
  person: Person,
  profile?: ProfileView,
): Promise<{ accessToken: string; expiresIn: number }> {
  const claims = {
    sub: person.id,
    fiscal_number: person.fiscalCode,
    sid: session.id,
    auth_method: session.method,
    acr: session.acr,
    amr: session.amr,
    auth_time: Math.floor(new Date(session.authTime).getTime() / 1000),
    ...(session.idp ? { idp: session.idp } : {}),
    roles: profile?.roles ?? [],
    ...(profile
      ? {
          profile_id: profile.id,
          tenant: profile.agency.id,
          ...(profile.office ? { office: profile.office.id } : {}),
        }
      : {}),
  };
  const accessToken = await signAccessToken(
    dataSource,
    settings.SIGNING_KEY_SECRET,
    claims,
    settings.JWT_ISSUER,
    settings.JWT_AUDIENCE,
  );
  return { accessToken, expiresIn: accessTokenTtlSeconds };
}
