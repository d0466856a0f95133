// CPV (Common Procurement Vocabulary, Reg. EC 213/2008): eight digits, a dash and a control digit.
// The first two digits are the division (03–98); the control digit's algorithm is not published in
// the regulation, so only the shape and the division are checked here.

export type CpvCheck = { valid: true; code: string } | { valid: false; reason: string };

export function checkCpv(input: string): CpvCheck {
  const code = input.trim();
  if (!/^\d{8}-\d$/.test(code))
    return {
      valid: false,
      reason:
        `Il codice CPV «${code}» non ha il formato previsto (8 cifre, trattino, ` +
        `cifra di controllo: es. 72000000-5).`,
    };
  const division = Number(code.slice(0, 2));
  if (division < 3 || division > 98)
    return {
      valid: false,
      reason: `Il codice CPV «${code}» non appartiene ad alcuna divisione del vocabolario.`,
    };
  return { valid: true, code };
}
