// Amounts travel in integer euro cents; these are the two ways they leave the platform.

/** "6000,00 €": an amount as Italian readers see it in messages. */
export const euroText = (cents: number): string =>
  new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Euro as a number, for formats that want them so (ANAC's schede, OCDS). */
export const centsToEuro = (cents: number): number => cents / 100;
