/** A revision as the rules see it: from a date, a percentage (basis points) or new prices by item code. */
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

/** The prices in force at a date: the base list with every revision effective by then, in date order. */
export function pricesAt(base: Record<string, number>, revisions: Revision[], at: string): Record<string, number> {
  const prices = { ...base };
  for (const revision of [...revisions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))) {
    if (revision.effectiveFrom > at) break;
    if (revision.percentBasisPoints !== null) for (const code of Object.keys(prices)) prices[code] = applyPercentage(prices[code]!, revision.percentBasisPoints);
    if (revision.prices) for (const [code, cents] of Object.entries(revision.prices)) if (code in prices) prices[code] = cents;
  }
  return prices;
}
