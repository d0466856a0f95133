// Amounts travel in integer euro cents; these are the two ways they leave the platform.

// Intl's Italian locale leaves four-digit amounts ungrouped ("1234,56 €") and groups the rest:
// the same page would show both. Always grouped, as Italian administrations write amounts.
const euroFormat = new Intl.NumberFormat('it-IT', {
  style: 'currency',
  currency: 'EUR',
  useGrouping: 'always',
});

/** "6.000,00 €": an amount as Italian readers see it, the one way the platform writes euro. */
export const euroText = (cents: number): string => euroFormat.format(cents / 100);

/** Euro as a number, for formats that want them so (ANAC's schede, OCDS). */
export const centsToEuro = (cents: number): number => cents / 100;
