// CIG (Codice Identificativo Gara), 10 characters, in ANAC's three shapes (reference/anac-pcp.md
// §4): SIMOG v1 `ANNNNNNKKK` (A digit, N decimal), SIMOG v2 / PCP `ANNNNNNKKK` (A in A–U, N hex)
// and SmartCIG `AKKCCCCCCC` (A in X–Z, C hex). K are check characters in upper-case hex.

export type CigCheck =
  | { valid: true; code: string; kind: 'simog' | 'pcp' | 'smartcig' }
  | { valid: false; reason: string };

const hex = (value: number, width: number) => value.toString(16).toUpperCase().padStart(width, '0');

/**
 * Normalises (trims, upper-cases) and checks a CIG; the reason is in Italian, ready for the user.
 */
export function checkCig(input: string): CigCheck {
  const code = input.trim().toUpperCase();
  if (code.length !== 10) return { valid: false, reason: 'Il CIG deve avere 10 caratteri.' };
  const first = code.charAt(0);
  if (/^[0-9]$/.test(first)) {
    if (!/^\d{7}[0-9A-F]{3}$/.test(code) || code.slice(1, 7) === '000000')
      return { valid: false, reason: 'Il CIG non ha il formato previsto.' };
    const expected = hex((Number(code.slice(0, 7)) * 211) % 4091, 3);
    return expected === code.slice(7)
      ? { valid: true, code, kind: 'simog' }
      : { valid: false, reason: 'I caratteri di controllo del CIG non sono corretti.' };
  }
  if (/^[A-U]$/.test(first)) {
    if (!/^[A-U][0-9A-F]{9}$/.test(code))
      return { valid: false, reason: 'Il CIG non ha il formato previsto.' };
    const ordinal = first.charCodeAt(0) - 64;
    const expected = hex(((parseInt(code.slice(1, 7), 16) + ordinal) * 211) % 4091, 3);
    return expected === code.slice(7)
      ? { valid: true, code, kind: 'pcp' }
      : { valid: false, reason: 'I caratteri di controllo del CIG non sono corretti.' };
  }
  if (/^[X-Z]$/.test(first)) {
    if (!/^[X-Z][0-9A-F]{9}$/.test(code) || code.slice(3) === '0000000')
      return { valid: false, reason: 'Lo SmartCIG non ha il formato previsto.' };
    const expected = hex((parseInt(code.slice(3), 16) * 211) % 251, 2);
    return expected === code.slice(1, 3)
      ? { valid: true, code, kind: 'smartcig' }
      : { valid: false, reason: 'I caratteri di controllo dello SmartCIG non sono corretti.' };
  }
  return { valid: false, reason: 'Il CIG non ha il formato previsto.' };
}

/** A PCP CIG (`ANNNNNNKKK`) for a series letter A–U and a counter, with ANAC's check characters. */
export function pcpCig(series: string, counter: number): string {
  if (!/^[A-U]$/.test(series) || !Number.isInteger(counter) || counter < 1 || counter > 0xffffff)
    throw new Error(`serie o contatore di CIG non validi: ${series} ${counter}`);
  const ordinal = series.charCodeAt(0) - 64;
  return `${series}${hex(counter, 6)}${hex(((counter + ordinal) * 211) % 4091, 3)}`;
}
