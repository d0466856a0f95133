import { request } from 'node:http';
import type { UncheckedJson } from '@app/platform/testing';
import assert from 'node:assert/strict';
import { negozioClient } from '@app/api-client';
import { defined } from '@app/platform/errors';

export const demoPassword = 'Negozio-Demo-2026';
export const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * A request from a given local address (127.0.0.2, …), as a second client machine would send it.
 */
export function fromAddress(
  url: string,
  localAddress: string,
  options: { method: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      { method: options.method, headers: options.headers, localAddress },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => void (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    sent.on('error', reject);
    sent.end(options.body);
  });
}

export interface Session {
  token: string;
  /** The browser's access cookie, as `ne_access=…`. */
  cookie: string;
  call(method: string, path: string, body?: unknown, status?: number): Promise<UncheckedJson>;
  raw(
    method: string,
    path: string,
    init?: { body?: BodyInit; headers?: Record<string, string> },
  ): Promise<Response>;
}

/** A demo person logged in with the password form through the gateway. */
export async function passwordSession(
  gateway: string,
  username: string,
  password = demoPassword,
): Promise<Session> {
  const answer = await fetch(`${gateway}/api/v1/auth/password`, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ username, password }),
  });
  assert.equal(answer.status, 200, `login ${username}: ${answer.status}`);
  const token = (await answer.json()).accessToken as string;
  const cookie = defined(
    defined(answer.headers.getSetCookie().find((c) => c.startsWith('ne_access='))).split(';')[0],
  );
  return tokenSession(gateway, token, cookie);
}

/**
 * Calls through the gateway with an access token obtained some other way (SPID, CIE, a partner's
 * client).
 */
export function tokenSession(
  gateway: string,
  token: string,
  cookie = `ne_access=${token}`,
): Session {
  const raw = (
    method: string,
    path: string,
    init: { body?: BodyInit; headers?: Record<string, string> } = {},
  ) =>
    // A request that hangs fails the run within a minute instead of holding it until CI's limit.
    fetch(`${gateway}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...init.headers },
      body: init.body,
      signal: AbortSignal.timeout(60_000),
    });
  const call = async (method: string, path: string, body?: unknown, status = 200) => {
    const response = await raw(
      method,
      path,
      body === undefined ? {} : { body: JSON.stringify(body), headers: jsonHeaders },
    );
    const text = await response.text();
    assert.equal(response.status, status, `${method} ${path}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return { token, cookie, call, raw };
}

/**
 * The platform's API typed from its own merged OpenAPI (the partners' client, packages/api-client;
 * npm run api:types): a path, parameter or body the API no longer takes is a compile error of the
 * script that sends it.
 */
export function typedApi(gateway: string, token: string) {
  return negozioClient({ baseUrl: gateway, token });
}

/**
 * The answer of a typed call, checked against the expected status (its text shown when it differs).
 */
export async function expectAnswer<T = UncheckedJson>(
  call: Promise<{ response: Response; data?: unknown; error?: unknown }>,
  status: number,
): Promise<T> {
  const { response, data, error } = await call;
  assert.equal(response.status, status, `${response.url}: ${JSON.stringify(error ?? data)}`);
  return (data ?? error) as T;
}
