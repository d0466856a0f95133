import type { Caller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import { agencyMeant, checkAdministers } from '../admin/administration.rules.js';
import type { IdentityDeps } from '../identity-deps.js';
import { accessTokenTtlSeconds, signAccessToken } from '../keys/keys.service.js';
import { clientCredentials, grantedScopes } from './api-client.rules.js';
import * as store from './api-client.store.js';

type Act = Command<Caller>;

/** A partner system of the agency; its secret is shown this once. */
export function createClient(
  deps: IdentityDeps,
  act: Act,
  input: { name: string; agencyId?: string; scopes: string[] },
) {
  const agencyId = agencyMeant(act.caller, input.agencyId);
  checkAdministers(act.caller, agencyId);
  return transaction(deps.dataSource, act, async (manager) => {
    const client = await store.createApiClient(manager, {
      name: input.name,
      agencyId,
      scopes: input.scopes,
      createdBy: act.caller.subject,
    });
    await audit(manager, act, 'api_client', 'api-client.created', client.id, {
      clientId: client.clientId,
      scopes: client.scopes,
    });
    return client;
  });
}

/** Disabling a client revokes its live tokens at once (they name it as their session). */
export function disableClient(deps: IdentityDeps, act: Act, id: string) {
  return transaction(deps.dataSource, act, async (manager) => {
    const client = await store.apiClientById(manager, id);
    if (!client) throw notFound('Client');
    checkAdministers(act.caller, client.agencyId);
    const disabled = await store.disableApiClient(manager, id);
    await audit(manager, act, 'api_client', 'api-client.disabled', id);
    return disabled;
  });
}

/**
 * OAuth2 client_credentials: a token for the scopes asked, each granted to the client, bound to its
 * agency.
 */
export async function issueClientToken(
  deps: IdentityDeps,
  authorization: string | undefined,
  body: { scope?: string; client_id?: string; client_secret?: string },
) {
  const { clientId, secret } = clientCredentials(authorization, body);
  const client = await store.authenticateClient(deps.dataSource.manager, clientId, secret);
  const scope = grantedScopes(body.scope, client.scopes).join(' ');
  const { config } = deps;
  const accessToken = await signAccessToken(
    deps.dataSource,
    config.SIGNING_KEY_SECRET,
    {
      sub: `client:${client.clientId}`,
      client_id: client.clientId,
      tenant: client.agencyId,
      scope,
      roles: [],
      // The client's id as the token's session: disabling the client revokes its live tokens at
      // once.
      sid: client.id,
    },
    config.JWT_ISSUER,
    config.JWT_AUDIENCE,
  );
  return {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: accessTokenTtlSeconds,
    scope,
  };
}
