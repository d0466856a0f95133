import { pino, type DestinationStream, type Logger } from 'pino';
import { trace } from '@opentelemetry/api';
import { currentContext } from '../context/index.js';

export type { Logger };

/**
 * Paths never written to logs: credentials, tokens, and personal data (codice fiscale, names,
 * e-mail, PEC bodies). Censored rather than removed so a reader sees that something was there.
 */
export const redactedPaths = [
  'password',
  '*.password',
  'token',
  '*.token',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'secret',
  '*.secret',
  'clientSecret',
  '*.clientSecret',
  'authorization',
  '*.authorization',
  'cookie',
  '*.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'fiscalCode',
  '*.fiscalCode',
  'fiscal_number',
  '*.fiscal_number',
  'codiceFiscale',
  '*.codiceFiscale',
  'email',
  '*.email',
  'name',
  '*.name',
  'familyName',
  '*.familyName',
  'body',
  '*.body',
  'pecBody',
  '*.pecBody',
];

/** A pino JSON logger that stamps every line with the service, correlation id and active trace. */
export function createLogger(
  service: string,
  level = 'info',
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin() {
        const context = currentContext();
        const span = trace.getActiveSpan()?.spanContext();
        return {
          ...(context ? { correlationId: context.correlationId } : {}),
          ...(span ? { traceId: span.traceId, spanId: span.spanId } : {}),
        };
      },
    },
    destination ?? pino.destination(1),
  );
}
