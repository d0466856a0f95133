import { checkFiscalCode } from './fiscal-code.js';

// An organisation's codice fiscale or partita IVA: 11 digits, the last one a check digit (DPR
// 633/1972, DM 23/12/1976): odd positions count as they are, even ones doubled (minus 9 above 9). A
// sole trader may use their personal 16-character codice fiscale instead.

export type OrganisationCodeCheck =
  { valid: true; code: string } | { valid: false; reason: string };

export function elevenDigitCheck(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(first10[i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

export function checkOrganisationCode(input: string): OrganisationCodeCheck {
  const code = input
    .trim()
    .toUpperCase()
    .replace(/^(IT|VATIT-|TINIT-)/, '');
  if (code.length === 16) return checkFiscalCode(code);
  if (!/^\d{11}$/.test(code))
    return {
      valid: false,
      reason:
        'Il codice fiscale o la partita IVA ha 11 cifre (o 16 caratteri per una ' +
        'ditta individuale).',
    };
  if (elevenDigitCheck(code.slice(0, 10)) !== Number(code[10]))
    return {
      valid: false,
      reason:
        `La cifra di controllo del codice fiscale o della partita IVA «${code}» ` +
        `non è corretta.`,
    };
  return { valid: true, code };
}
