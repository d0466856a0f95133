import { CookieBrowser } from '@app/platform/testing';
import { defined } from '@app/platform/errors';
import { demoPassword } from './gateway-client.js';

/**
 * A demo person logged in with CIE id through the OpenID Connect federation simulator, through the
 * gateway: the platform's signed request object, the provider's form, the callback (code for
 * tokens, the ID token and userinfo checked against the trust chain): the access token.
 */
export async function cieToken(gateway: string, username: string): Promise<string> {
  const browser = new CookieBrowser();
  const start = await browser.fetch(`${gateway}/api/v1/auth/cie/login`);
  const authorization = new URL(defined(start.headers.get('location')));
  const form = await (await browser.fetch(authorization.toString())).text();
  const action = defined(defined(/action="([^"]+)"/.exec(form))[1]).replaceAll('&#47;', '/');
  const answer = await browser.fetch(new URL(action, authorization).toString(), {
    method: 'POST',
    body: new URLSearchParams({ username, password: demoPassword }),
  });
  const callback = defined(answer.headers.get('location'));
  const session = await (await fetch(callback, { headers: { accept: 'application/json' } })).json();
  return session.accessToken;
}
