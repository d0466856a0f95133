// Codice fiscale of a natural person (DM 23/12/1976): 16 characters, the last one a check
// character. Omocodia: when two people would share a code, digits at fixed positions are replaced
// by letters.

const oddValues: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

const omocodic = '[0-9LMNPQRSTUV]';
const shape = new RegExp(
  `^[A-Z]{6}${omocodic}{2}[ABCDEHLMPRST]${omocodic}{2}[A-Z]${omocodic}{3}[A-Z]$`,
);

export type FiscalCodeCheck = { valid: true; code: string } | { valid: false; reason: string };

function oddValueOf(character: string): number {
  const value = oddValues[character];
  if (value === undefined) throw new RangeError(`not a fiscal code character: ${character}`);
  return value;
}

/** The check character of the first fifteen characters. */
export function checkCharacter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15.charAt(i);
    // Positions are counted from 1: odd positions use the table, even ones the plain value.
    sum += i % 2 === 0 ? oddValueOf(c) : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/**
 * A codice fiscale as written: trimmed, upper-cased, without the `TINIT-` prefix SPID and CNS
 * certificates use.
 */
export const plainFiscalCode = (input: string) =>
  input
    .trim()
    .toUpperCase()
    .replace(/^TINIT-/, '');

/**
 * Normalises (as `plainFiscalCode`) and checks a codice fiscale; the reason is in Italian, ready
 * for the user.
 */
export function checkFiscalCode(input: string): FiscalCodeCheck {
  const code = plainFiscalCode(input);
  if (code.length !== 16)
    return { valid: false, reason: 'Il codice fiscale deve avere 16 caratteri.' };
  if (!shape.test(code))
    return { valid: false, reason: 'Il codice fiscale non ha il formato previsto.' };
  if (checkCharacter(code.slice(0, 15)) !== code[15])
    return { valid: false, reason: 'Il carattere di controllo del codice fiscale non è corretto.' };
  return { valid: true, code };
}
