import { refuse, refusals, defined } from '@app/platform/errors';

export const apiClientRefusals = refusals({
  INVALID_CLIENT: { status: 401, title: 'Client non autenticato' },
  INVALID_SCOPE: { status: 400, title: 'Ambito non consentito' },
});

/**
 * The client's credentials: HTTP Basic (RFC 6749 §2.3.1, each part form-encoded), else the body's
 * fields.
 */
export function clientCredentials(
  authorization: string | undefined,
  body: { client_id?: string; client_secret?: string },
) {
  const basic = /^Basic (.+)$/.exec(authorization ?? '');
  if (!basic) return { clientId: body.client_id ?? '', secret: body.client_secret ?? '' };
  const [clientId, secret] = Buffer.from(defined(basic[1]), 'base64')
    .toString()
    .split(/:(.*)/s)
    .map((part) => decodeURIComponent(part ?? ''));
  return { clientId: clientId ?? '', secret: secret ?? '' };
}

/**
 * The scopes a token gets: those asked (all the client's when none), each granted to the client.
 */
export function grantedScopes(asked: string | undefined, granted: string[]): string[] {
  const scopes = asked ? asked.split(' ').filter(Boolean) : granted;
  const refused = scopes.filter((scope) => !granted.includes(scope));
  if (refused.length) {
    throw refuse(
      apiClientRefusals.INVALID_SCOPE,
      `Ambiti non concessi a questo client: ${refused.join(', ')}.`,
      { error: 'invalid_scope' },
    );
  }
  return scopes;
}

const invalidDetail = 'Credenziali del client non valide o client disabilitato.';
export const invalidClient = () =>
  refuse(apiClientRefusals.INVALID_CLIENT, invalidDetail, {
    error: 'invalid_client',
    error_description: invalidDetail,
  });
