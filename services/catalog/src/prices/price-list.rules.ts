import { refuse, refusals, defined } from '@app/platform/errors';

export interface PriceItem {
  code: string;
  description: string;
  unit: string;
  unitPriceCents: number;
}

export const priceListRefusals = refusals({
  VALIDATION_FAILED: { status: 400, title: 'Dati non validi' },
  CONTRACT_CLOSED: { status: 409, title: 'Operazione non consentita nello stato attuale' },
});

export const contractClosed = () =>
  refuse(priceListRefusals.CONTRACT_CLOSED, 'Il contratto è chiuso: il listino non cambia più.');

export const revisionBeforeStart = (startDate: string) =>
  refuse(
    priceListRefusals.VALIDATION_FAILED,
    `La revisione non può decorrere prima dell'inizio del contratto (${startDate}).`,
  );

export const unknownItems = (codes: string[]) =>
  refuse(
    priceListRefusals.VALIDATION_FAILED,
    `Voci non presenti nel listino: ${codes.join(', ')}.`,
  );

/**
 * A revision as the rules see it: from a date, a percentage (basis points) or new prices by item
 * code.
 */
export interface Revision {
  effectiveFrom: string;
  percentBasisPoints: number | null;
  prices: Record<string, number> | null;
}

/** Applies a percentage to a price in cents, rounding half up to the cent, in integers only. */
export function applyPercentage(cents: number, basisPoints: number): number {
  const scaled = BigInt(cents) * BigInt(10_000 + basisPoints);
  const whole = scaled / 10_000n;
  return Number(scaled % 10_000n >= 5_000n ? whole + 1n : whole);
}

/**
 * The prices in force at a date: the base list with every revision effective by then, in date
 * order.
 */
export function pricesAt(
  base: Record<string, number>,
  revisions: Revision[],
  at: string,
): Record<string, number> {
  const prices = { ...base };
  for (const revision of [...revisions].sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  )) {
    if (revision.effectiveFrom > at) break;
    if (revision.percentBasisPoints !== null)
      for (const code of Object.keys(prices))
        prices[code] = applyPercentage(defined(prices[code]), revision.percentBasisPoints);
    if (revision.prices)
      for (const [code, cents] of Object.entries(revision.prices))
        if (code in prices) prices[code] = cents;
  }
  return prices;
}
