import { z } from 'zod';
import { checkFiscalCode } from './fiscal-code.rules.js';

/** A codice fiscale from a request: normalised, or a 400 with the reason in Italian. */
export const fiscalCodeSchema = z.string().transform((value, ctx) => {
  const check = checkFiscalCode(value);
  if (check.valid) return check.code;
  ctx.addIssue({ code: 'custom', message: check.reason });
  return z.NEVER;
});
