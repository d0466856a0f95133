import { refuse, refusals } from '@app/platform/errors';
import { euroText } from '@app/italian-codes';

/** The thresholds of the ceiling's use that are announced once crossed. */
export const thresholdsPercent = [80, 90, 100];

export interface Counters {
  ceiling: number;
  reserved: number;
  consumed: number;
}

export const ceilingRefusals = refusals({
  NOT_BANDITORE: { status: 403, title: 'Operazione non consentita' },
  CONTRACT_NOT_OPEN: { status: 409, title: 'Contratto non aperto' },
  CEILING_EXCEEDED: { status: 409, title: 'Massimale insufficiente' },
  RESERVATION_EXCEEDED: { status: 409, title: 'Importo oltre la prenotazione' },
});
const why = ceilingRefusals;

export const remainingOf = (counters: Counters) =>
  counters.ceiling - counters.reserved - counters.consumed;

/** Percent of the ceiling reserved or consumed, to two decimals, rounded down. */
export const usedPercent = (counters: Counters) =>
  Math.floor(((counters.reserved + counters.consumed) * 10_000) / counters.ceiling) / 100;

/** The thresholds a movement of `addedCents` crossed, from below to at or above. */
export function crossedThresholds(after: Counters, addedCents: number): number[] {
  const usedAfter = after.reserved + after.consumed;
  const usedBefore = usedAfter - addedCents;
  return thresholdsPercent.filter((threshold) => {
    const limit = (after.ceiling * threshold) / 100;
    return usedBefore < limit && usedAfter >= limit;
  });
}

/** Only the contract's banditore moves its ceiling (approving an adhesion or an order). */
export function checkBanditore(banditoreAgencyId: string, tenant: string): void {
  if (banditoreAgencyId !== tenant)
    throw refuse(
      why.NOT_BANDITORE,
      'Solo il soggetto banditore movimenta il massimale del contratto.',
    );
}

export function checkOpen(status: string): void {
  if (status === 'pubblicato') return;
  throw refuse(
    why.CONTRACT_NOT_OPEN,
    `Il contratto è nello stato «${status}»: non si possono riservare importi.`,
  );
}

export const exceeded = (amountCents: number, remainingCents: number) =>
  refuse(
    why.CEILING_EXCEEDED,
    `L'importo di ${euroText(amountCents)} supera il massimale residuo del ` +
      `contratto: ${euroText(remainingCents)}.`,
    { remainingCents },
  );

export function checkWithinReservation(amountCents: number, availableCents: number): void {
  if (amountCents <= availableCents) return;
  throw refuse(
    why.RESERVATION_EXCEEDED,
    `L'importo di ${euroText(amountCents)} supera il residuo prenotato per ` +
      `questa adesione: ${euroText(availableCents)}.`,
    { availableCents },
  );
}
