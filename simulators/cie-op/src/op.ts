import { generateKeyPairSync, randomBytes } from 'node:crypto';
import express, { type Express } from 'express';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

export interface CieUser {
  username: string;
  password: string;
  fiscalCode: string;
  displayName: string;
  email?: string;
}

export interface CieOpOptions {
  /** The provider's issuer URL (its own base URL). */
  issuer: string;
  users: CieUser[];
  clients: { clientId: string; clientSecret: string; redirectUris: string[] }[];
}

const fiscalNumberClaim = 'https://attributes.eid.gov.it/fiscal_number';
const cieLevel = 'https://www.spid.gov.it/SpidL3';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) => `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.5rem;font-size:1rem}button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;background:#0066cc;color:#fff;border:0;border-radius:4px}.error{color:#b00020}</style>
</head><body><h1>${escape(title)}</h1>${body}</body></html>`;

/**
 * An OpenID provider answering like CIE id for development and tests: authorization code with PKCE,
 * a login form, the person's attributes (fiscal number as `TINIT-…`) in the ID token, level SpidL3.
 */
export function createCieOp(options: CieOpOptions): { app: Express; provider: Provider } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: options.clients.map((c) => ({
      client_id: c.clientId, client_secret: c.clientSecret, redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'cie-op-sim', use: 'sig', alg: 'RS256' } as never] },
    pkce: { required: () => true, methods: ['S256'] },
    scopes: ['openid', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['given_name', 'family_name', fiscalNumberClaim], email: ['email'] },
    // CIE id puts the attributes in the ID token itself (reference/identity.md §2).
    conformIdTokenClaims: false,
    acrValues: [cieLevel],
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const user = options.users.find((u) => u.fiscalCode === sub);
      if (!user) return undefined;
      const [givenName, ...family] = user.displayName.split(' ');
      return {
        accountId: sub,
        claims: async () => ({ sub, given_name: givenName, family_name: family.join(' '), email: user.email ?? `${user.username}@example.it`, [fiscalNumberClaim]: `TINIT-${user.fiscalCode}` }),
      };
    },
    // The platform is the only client and asks for nothing optional: consent is given with the login.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      grant.addOIDCClaims(['given_name', 'family_name', 'email', fiscalNumberClaim]);
      await grant.save();
      session.ensureClientContainer(client.clientId);
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  };
  const provider = new Provider(options.issuer, configuration);
  // Plain http on loopback in development: the provider must not insist on https for its cookies.
  provider.proxy = true;

  const app = express();
  app.disable('x-powered-by');
  app.get('/interaction/:uid', async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      res.type('html').send(page('Entra con CIE', `<p>Inserisci le credenziali della tua Carta d'Identità Elettronica (simulata).</p>
<form method="post" action="/interaction/${escape(details.uid)}/login">
<label for="username">Nome utente</label><input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button type="submit">Entra con CIE</button></form>`));
    } catch (error) {
      next(error);
    }
  });
  app.post('/interaction/:uid/login', express.urlencoded({ extended: false }), async (req, res, next) => {
    try {
      const user = options.users.find((u) => u.username === req.body.username && u.password === req.body.password);
      if (!user) return void res.status(401).type('html').send(page('Credenziali non valide', '<p class="error">Nome utente o password non corretti. Torna indietro e riprova.</p>'));
      await provider.interactionFinished(req, res, { login: { accountId: user.fiscalCode, acr: cieLevel, amr: ['hwk', 'pin'] } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  app.use(provider.callback());
  return { app, provider };
}
