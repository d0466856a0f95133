import { CookieBrowser, hiddenFields } from '@app/platform/testing';
import { demoPassword } from './gateway-client.js';
import { defined } from '@app/platform/errors';

/**
 * A demo person logged in with SPID level 2 on the IdP simulator, through the gateway: the access
 * token.
 */
export async function spidToken(
  gateway: string,
  idpUrl: string,
  username: string,
): Promise<string> {
  const browser = new CookieBrowser();
  const start = await browser.fetch(`${gateway}/api/v1/auth/spid/login?idp=demo&level=2`);
  const idpForm = await (
    await browser.fetch(`${idpUrl}/sso`, {
      method: 'POST',
      body: new URLSearchParams(hiddenFields(await start.text())),
    })
  ).text();
  const login = defined(defined(/name="login" value="([^"]+)"/.exec(idpForm))[1]);
  const answer = await (
    await fetch(`${idpUrl}/login`, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ login, username, password: demoPassword }),
    })
  ).json();
  const session = await (
    await fetch(`${gateway}/api/v1/auth/spid/acs`, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({
        SAMLResponse: answer.SAMLResponse,
        RelayState: answer.RelayState,
      }),
    })
  ).json();
  return session.accessToken;
}
