import { z } from 'zod';
import { checkCig } from './cig.js';
import { checkCpv } from './cpv.js';
import { checkFiscalCode } from './fiscal-code.js';
import { checkOrganisationCode } from './organisation-code.js';

/**
 * A zod string that a check normalises, or fails with the check's Italian reason (a 400 at the
 * edge).
 */
function checked(
  check: (value: string) => { valid: true; code: string } | { valid: false; reason: string },
) {
  return z.string().transform((value, ctx) => {
    const result = check(value);
    if (result.valid) return result.code;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
}

export const fiscalCodeSchema = checked(checkFiscalCode);
export const cigSchema = checked(checkCig);
export const cpvSchema = checked(checkCpv);
export const organisationCodeSchema = checked(checkOrganisationCode);
