import type { Request } from 'express';
import type { WebConfig } from './config.js';

/** An answer of the platform's API that is not a success: its problem document, in Italian. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
  }
}

/** A form's field the portal refuses before the API is asked (400, its message beside it). */
export const fieldRefused = (title: string, path: string, message: string) =>
  new ApiProblem(400, { title, status: 400, invalidFields: [{ path, message }] });

export interface Problem {
  title: string;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string }[];
  [key: string]: unknown;
}

export type Api = ReturnType<typeof apiFor>;

/**
 * The platform's public API with the person's own session: the access cookie goes as a bearer
 * token, so the portal acts with exactly the rights the person has. The person's address travels
 * with the shared secret, for the gateway's per-address limits.
 */
export function apiFor(config: WebConfig, req: Request) {
  const token: string | undefined = req.cookies?.ne_access;
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    accept: 'application/json',
    'x-portal-secret': config.PORTAL_FORWARD_SECRET,
    'x-portal-client': req.ip ?? '',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...extra,
  });
  const send = async (
    method: string,
    path: string,
    init: { json?: unknown; form?: FormData; headers?: Record<string, string> } = {},
  ) => {
    const extra =
      init.json === undefined
        ? init.headers
        : { 'content-type': 'application/json', ...init.headers };
    const body = init.json === undefined ? init.form : JSON.stringify(init.json);
    return fetch(new URL(path, config.PLATFORM_API_URL), {
      method,
      headers: headers(extra),
      body,
      redirect: 'manual',
    });
  };
  const call = async <T = unknown>(
    method: string,
    path: string,
    init?: { json?: unknown; form?: FormData; headers?: Record<string, string> },
  ): Promise<T> => {
    const response = await send(method, path, init);
    const text = await response.text();
    const parsed =
      text && /json/.test(response.headers.get('content-type') ?? '')
        ? JSON.parse(text)
        : undefined;
    if (!response.ok)
      throw new ApiProblem(response.status, parsed ?? { title: `Errore ${response.status}` });
    return parsed as T;
  };
  return {
    signedIn: Boolean(token),
    get: <T = unknown>(path: string) => call<T>('GET', path),
    post: <T = unknown>(path: string, json?: unknown, headers?: Record<string, string>) =>
      call<T>('POST', path, { json: json ?? {}, headers }),
    put: <T = unknown>(path: string, form: FormData) => call<T>('PUT', path, { form }),
    postForm: <T = unknown>(path: string, form: FormData) => call<T>('POST', path, { form }),
    putJson: <T = unknown>(path: string, json: unknown) => call<T>('PUT', path, { json }),
    patch: <T = unknown>(path: string, json: unknown) => call<T>('PATCH', path, { json }),
    delete: <T = unknown>(path: string) => call<T>('DELETE', path),
    /** The raw answer, for files passed through to the browser. */
    raw: (path: string) => send('GET', path),
  };
}
