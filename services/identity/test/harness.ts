import { createServer } from 'node:http';
import { pino } from 'pino';
import { schemaOf } from '@app/platform/db';
import { InProcessTransport } from '@app/platform/messaging';
import { startService, type RunningService } from '@app/platform/service';
import {
  freePort,
  hiddenFields,
  testDatabaseUrl,
  uniqueName,
  dropSchema,
} from '@app/platform/testing';
import type { Role } from '@app/roles';
import { createFederationSimulator, type FederationSimulator } from '@app/sim-oidc-federation';
import { startMailSimulator, type MailSimulator } from '@app/sim-mail';
import {
  createSpidIdp,
  selfSignedCredential,
  type IdpSession,
  type SigningCredential,
  type SimulatedUser,
} from '@app/sim-spid-idp';
import { loadServiceConfig, type Config } from '../src/config.js';
import { definition } from '../src/service.js';
import { registerAgency, type Agency } from '../src/agencies/agencies.service.js';
import { registerPerson } from '../src/persons/persons.service.js';
import { createProfile } from '../src/profiles/profiles.service.js';
import { setPassword } from '../src/login/password/password.service.js';
import { defined } from '@app/platform/errors';

export interface IdentityWorld {
  service: RunningService;
  url: string;
  config: Config;
  idp: {
    url: string;
    entityId: string;
    sessions: Map<string, IdpSession>;
    credential: SigningCredential;
  };
  /** The SPID/CIE id OpenID Connect federation: trust anchor, CIE id, a SPID provider. */
  federation: FederationSimulator;
  /** The mail server identity sends first-access credentials through. */
  mail: MailSimulator;
  agencies: Record<string, Agency>;
  stop(): Promise<void>;
}

export interface WorldPerson extends SimulatedUser {
  profiles: { agency: string; office?: string; roles: Role[] }[];
}

/**
 * The identity service on its own schema, its SPID IdP simulator, and a small world of agencies and
 * people; the service's public URL is its own address, so ACS and metadata URLs resolve.
 */
export async function startIdentityWorld(
  people: WorldPerson[],
  extraEnv: Record<string, string> = {},
): Promise<IdentityWorld> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const idpPort = await freePort();
  const idpUrl = `http://127.0.0.1:${idpPort}`;
  const idpCredential = await selfSignedCredential('Simulatore SPID di prova');
  const idp = createSpidIdp({ baseUrl: idpUrl, users: people, credential: idpCredential });
  const idpServer = createServer(idp.app);
  await new Promise<void>((resolve) => idpServer.listen(idpPort, '127.0.0.1', resolve));
  const federationPort = await freePort();
  const federationUrl = `http://127.0.0.1:${federationPort}`;
  const federation = await createFederationSimulator({
    baseUrl: federationUrl,
    users: people,
    relyingParties: [url],
  });
  const federationServer = createServer(federation.app);
  await new Promise<void>((resolve) =>
    federationServer.listen(federationPort, '127.0.0.1', resolve),
  );
  const mail = await startMailSimulator({ smtpPort: 0, httpPort: 0 });
  const config = loadServiceConfig({
    DATABASE_URL: testDatabaseUrl(),
    LOG_LEVEL: 'silent',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    JWKS_URL: `${url}/.well-known/jwks.json`,
    REVOKED_SESSIONS_URL: `${url}/.well-known/revoked-sessions`,
    SPID_IDPS: `demo=${idpUrl}/metadata`,
    SMTP_URL: mail.smtpUrl,
    OIDC_TRUST_ANCHORS: JSON.stringify([federation.pinnedAnchor]),
    CIE_PROVIDER: federation.cie.entityId,
    SPID_OIDC_PROVIDERS: `demo=${federation.spid.entityId}`,
    ...extraEnv,
  });
  const service = await startService(
    { ...definition, schema: uniqueName('identity') },
    { config, transport: new InProcessTransport(), logger: pino({ level: 'silent' }) },
  );
  const agencies: Record<string, Agency> = {};
  await service.deps.dataSource.transaction(async (manager) => {
    const names = [...new Set(people.flatMap((p) => p.profiles.map((profile) => profile.agency)))];
    for (const [index, name] of names.entries()) {
      const offices = [
        ...new Set(
          people.flatMap((p) =>
            p.profiles
              .filter((profile) => profile.agency === name)
              .map((profile) => profile.office ?? 'Ufficio Amministrativo'),
          ),
        ),
      ];
      agencies[name] = await registerAgency(manager, {
        name,
        kind: name.startsWith('Gestore') ? 'gestore' : 'ente',
        fiscalCode: String(80000000000 + index * 7919 + port),
        offices,
      });
    }
    for (const person of people) {
      const [givenName, ...family] = person.displayName.split(' ');
      const registered = await registerPerson(manager, {
        fiscalCode: person.fiscalCode,
        givenName: defined(givenName),
        familyName: family.join(' '),
        email: person.email ?? `${person.username}@example.it`,
      });
      await setPassword(manager, registered.id, person.username, person.password);
      for (const profile of person.profiles) {
        const agency = defined(agencies[profile.agency]);
        const office = defined(
          agency.offices.find((o) => o.name === (profile.office ?? 'Ufficio Amministrativo')),
        );
        await createProfile(manager, {
          personId: registered.id,
          agencyId: agency.id,
          officeId: office.id,
          roles: profile.roles,
        });
      }
    }
  });
  return {
    service,
    url,
    config,
    agencies,
    idp: { url: idpUrl, entityId: idp.entityId, sessions: idp.sessions, credential: idpCredential },
    federation,
    mail,
    async stop() {
      await new Promise((resolve) => idpServer.close(resolve));
      federationServer.closeAllConnections();
      await new Promise((resolve) => federationServer.close(resolve));
      // The service first: its background jobs end before the schema goes.
      const schema = schemaOf(service.deps.dataSource);
      await service.stop();
      await dropSchema(schema);
      await mail.stop();
    },
  };
}

export const json = { accept: 'application/json', 'content-type': 'application/json' };

/** Walks the SPID flow up to the IdP's answer: SP request → IdP form → credentials → SAMLResponse. */
export async function spidResponse(
  world: IdentityWorld,
  user: { username: string; password: string },
  level = 2,
): Promise<{ SAMLResponse: string; RelayState: string; acsUrl: string }> {
  const start = await fetch(`${world.url}/api/v1/auth/spid/login?idp=demo&level=${level}`);
  if (start.status !== 200)
    throw new Error(`spid login start: ${start.status} ${await start.text()}`);
  const request = hiddenFields(await start.text());
  const sso = await fetch(`${world.idp.url}/sso`, {
    method: 'POST',
    body: new URLSearchParams(request),
  });
  const ssoPage = await sso.text();
  if (sso.status !== 200) throw new Error(`IdP refused the request: ${ssoPage}`);
  const login = defined(defined(/name="login" value="([^"]+)"/.exec(ssoPage))[1]);
  const answer = await fetch(`${world.idp.url}/login`, {
    method: 'POST',
    headers: { accept: 'application/json' },
    body: new URLSearchParams({ login, username: user.username, password: user.password }),
  });
  return answer.json() as Promise<{ SAMLResponse: string; RelayState: string; acsUrl: string }>;
}

export async function postAcs(
  world: IdentityWorld,
  message: { SAMLResponse: string; RelayState: string },
): Promise<Response> {
  return fetch(`${world.url}/api/v1/auth/spid/acs`, {
    method: 'POST',
    headers: { accept: 'application/json' },
    body: new URLSearchParams(message),
  });
}

/** The username and temporary password of the last credentials mail sent to an address. */
export async function mailedCredentials(
  world: IdentityWorld,
  email: string,
): Promise<{ username: string; password: string; subject: string }> {
  const received = await world.mail.waitFor(email);
  const last = received.at(-1);
  if (!last) throw new Error(`no mail reached ${email}`);
  const username = /Username: (\S+)/.exec(last.text)?.[1];
  const password = /Password temporanea: (\S+)/.exec(last.text)?.[1];
  if (!username || !password) throw new Error(`no credentials in: ${last.text}`);
  return { username, password, subject: last.subject };
}

/** First login with mailed credentials: the change is required, then the new password opens a session. */
export async function firstLogin(
  world: IdentityWorld,
  mailed: { username: string; password: string },
  newPassword: string,
): Promise<Response> {
  const post = (path: string, body: unknown) =>
    fetch(`${world.url}${path}`, { method: 'POST', headers: json, body: JSON.stringify(body) });
  const refused = await post('/api/v1/auth/password', mailed);
  if (refused.status !== 403 || (await refused.json()).code !== 'PASSWORD_CHANGE_REQUIRED')
    throw new Error(`first login not refused: ${refused.status}`);
  return post('/api/v1/auth/password/change', { ...mailed, newPassword });
}
