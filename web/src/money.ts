import { defined } from '@app/platform/errors';
/**
 * An amount typed in euro ("1.234,56", "1234,5", "1234") as integer cents, without floating point;
 * undefined when it is not an amount. Only reading what the person typed: the API checks the rest.
 */
export function centsOf(typed: unknown): number | undefined {
  if (typeof typed !== 'string') return undefined;
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(
    typed.trim().replace(/\s|€/g, ''),
  );
  if (!match) return undefined;
  const cents =
    Number(defined(match[1]).replaceAll('.', '')) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Cents as the person would type them back into a form ("1234,50"). */
export const typedEuro = (cents: number | null | undefined) =>
  typeof cents === 'number'
    ? `${Math.trunc(cents / 100)},${String(Math.abs(cents % 100)).padStart(2, '0')}`
    : '';
