import type { z } from 'zod';
import { AppError } from '../errors/index.js';

/** One invalid field as shown to the client: where, and what is wrong, in Italian. */
export interface InvalidField {
  location: 'params' | 'query' | 'body' | 'headers';
  path: string;
  message: string;
}

/** Parses one part of a request, collecting issues instead of failing on the first. */
export function parsePart<S extends z.ZodType>(
  schema: S | undefined,
  value: unknown,
  location: InvalidField['location'],
  invalid: InvalidField[],
): z.output<S> | undefined {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    invalid.push({ location, path: issue.path.join('.'), message: issue.message });
  }
  return undefined;
}

export function validationError(invalid: InvalidField[]): AppError {
  return new AppError({
    code: 'VALIDATION_FAILED',
    status: 400,
    title: 'Dati non validi',
    detail: invalid.map((i) => `${i.path || i.location}: ${i.message}`).join('; '),
    extensions: { invalidFields: invalid },
  });
}
