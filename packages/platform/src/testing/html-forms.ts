import { defined } from '../errors/index.js';
/**
 * The hidden inputs of an HTML form (SAML's POST binding), decoded as a browser would submit them.
 */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[defined(match[1])] = defined(match[2]).replace(/&#(\d+);/g, (_m, code) =>
      String.fromCharCode(Number(code)),
    );
  }
  return fields;
}

/**
 * A browser in miniature for flows across sites (SAML, OpenID Connect): keeps the cookies it is
 * given (an empty value deletes one) and never follows redirects, so a test sees each hop.
 */
export class CookieBrowser {
  private readonly jar = new Map<string, string>();

  cookie(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    // A browser states its preference for pages: the platform answers it with pages and redirects.
    const headers = {
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      ...(init.headers as Record<string, string>),
      cookie: this.cookie(),
    };
    const response = await fetch(url, { ...init, redirect: 'manual', headers });
    for (const set of response.headers.getSetCookie()) {
      const pair = defined(set.split(';')[0]);
      const separator = pair.indexOf('=');
      const [name, value] = [pair.slice(0, separator), pair.slice(separator + 1)];
      if (value) this.jar.set(name, value);
      else this.jar.delete(name);
    }
    return response;
  }
}
