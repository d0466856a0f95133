/**
 * Everything needed to render an RFC 9457 problem: a stable code, the status, an Italian message.
 */
export interface AppErrorInit {
  code: string;
  status: number;
  title: string;
  detail?: string;
  cause?: unknown;
  /** Extra members of the problem document (e.g. the list of invalid fields). */
  extensions?: Record<string, unknown>;
}

/** The one error type of the platform; rendered once, at the HTTP edge, as problem+json. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly extensions: Record<string, unknown>;

  constructor(init: AppErrorInit) {
    super(init.detail ?? init.title, { cause: init.cause });
    this.name = 'AppError';
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.extensions = init.extensions ?? {};
  }
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  correlationId?: string;
  [extension: string]: unknown;
}

const problemTypeBase = 'https://negozio-elettronico.example/problems/';

/** Turns any thrown value into a problem document; unknown errors never leak their message. */
export function toProblem(error: unknown, correlationId?: string): ProblemDocument {
  const app = error instanceof AppError ? error : internalError(error);
  return {
    ...app.extensions,
    type: `${problemTypeBase}${app.code.toLowerCase().replaceAll('_', '-')}`,
    title: app.title,
    status: app.status,
    ...(app.detail ? { detail: app.detail } : {}),
    code: app.code,
    ...(correlationId ? { correlationId } : {}),
  };
}

function internalError(cause: unknown): AppError {
  return new AppError({
    code: 'INTERNAL_ERROR',
    status: 500,
    title: 'Errore interno del sistema',
    cause,
  });
}

export const notFound = (what: string) =>
  new AppError({
    code: 'NOT_FOUND',
    status: 404,
    title: 'Risorsa non trovata',
    detail: `${what} non trovato.`,
  });

export const forbidden = (detail: string, code = 'FORBIDDEN') =>
  new AppError({ code, status: 403, title: 'Operazione non consentita', detail });

export const unauthorized = (detail: string) =>
  new AppError({ code: 'UNAUTHORIZED', status: 401, title: 'Autenticazione richiesta', detail });

export const conflict = (detail: string, code = 'CONFLICT') =>
  new AppError({
    code,
    status: 409,
    title: 'Operazione non consentita nello stato attuale',
    detail,
  });

/** A refusal a capability can answer with: its stable code, HTTP status and Italian title. */
export interface Refusal {
  code: string;
  status: number;
  title: string;
}

/**
 * A capability's list of refusals, kept next to its rules: each code once, with its status and
 * title. Routes name the ones they can give, and the OpenAPI document lists them per operation.
 */
export function refusals<const T extends Record<string, { status: number; title: string }>>(
  list: T,
): { [K in keyof T & string]: Refusal & { code: K } } {
  return Object.fromEntries(
    Object.entries(list).map(([code, { status, title }]) => [code, { code, status, title }]),
  ) as never;
}

/**
 * The error of one refusal, with the detail that tells the person what happened and what to do; the
 * cause, if any, goes to the log only.
 */
export function refuse(
  refusal: Refusal,
  detail: string,
  extensions?: Record<string, unknown>,
  cause?: unknown,
): AppError {
  return new AppError({ ...refusal, detail, extensions, cause });
}

/**
 * The value, or an error naming what was missing: where a value must be there (a row just written,
 * a header the protocol requires, a test's expected element), say so instead of asserting it away.
 */
export function defined<T>(value: T, what = 'a value'): NonNullable<T> {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
