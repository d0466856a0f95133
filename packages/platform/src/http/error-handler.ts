import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, toProblem } from '../errors/index.js';

/** Maps body-parser failures (malformed JSON, oversize bodies) to the platform's error. */
function fromBodyParser(error: { type?: string; status?: number }): AppError | undefined {
  if (error.type === 'entity.parse.failed') {
    return new AppError({
      code: 'MALFORMED_JSON',
      status: 400,
      title: 'Richiesta non leggibile',
      detail: 'Il corpo della richiesta non è un JSON valido.',
    });
  }
  if (error.type === 'entity.too.large') {
    return new AppError({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      title: 'Richiesta troppo grande',
      detail: 'Il corpo della richiesta supera la dimensione massima consentita.',
    });
  }
  if (error.type === 'encoding.unsupported' || error.status === 415) {
    return new AppError({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
      title: 'Formato non supportato',
    });
  }
  return undefined;
}

/** The single place where errors become problem+json responses and are logged. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = error instanceof AppError ? error : (fromBodyParser(error) ?? error);
    const problem = toProblem(appError, res.locals.correlationId);
    if (problem.status >= 500)
      logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    else
      logger.info(
        { code: problem.code, status: problem.status, method: req.method, path: req.path },
        'request refused',
      );
    if (res.headersSent) return;
    // A refusal that names its wait (rate limits) says it the standard way too.
    if (typeof problem.retryAfterSeconds === 'number')
      res.setHeader('retry-after', String(problem.retryAfterSeconds));
    res.status(problem.status).type('application/problem+json').json(problem);
  };
}

export function notFoundHandler(): RequestHandler {
  return (req, _res, next) =>
    next(
      new AppError({
        code: 'ROUTE_NOT_FOUND',
        status: 404,
        title: 'Risorsa non trovata',
        detail: `Nessuna risorsa per ${req.method} ${req.path}.`,
      }),
    );
}
