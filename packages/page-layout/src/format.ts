import { euroText } from '@app/italian-codes';

/** Integer cents as Italian euro ("1.234,50 €"); a missing amount as a dash. */
export function euro(cents: number | null | undefined): string {
  return typeof cents === 'number' ? euroText(cents) : '—';
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Italian time zone, whatever the server's: a deadline at midnight in Rome is that day. */
const romeParts = (value: Date) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('it-IT', {
      timeZone: 'Europe/Rome',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(value)
      .map((part) => [part.type, part.value]),
  );

/** dd/mm/yyyy; a plain date (2026-11-23) is shown as written, without a time-zone shift. */
export function italianDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const plain = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (plain) return `${plain[3]}/${plain[2]}/${plain[1]}`;
  const parts = romeParts(new Date(value));
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** dd/mm/yyyy hh:mm in Rome. */
export function italianDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const parts = romeParts(new Date(value));
  return `${parts.day}/${parts.month}/${parts.year} ${pad(Number(parts.hour))}:${parts.minute}`;
}

/**
 * A date field's value as the person reads and types it (gg/mm/aaaa): a plain ISO date is turned
 * round, anything else (what the person typed and the API refused) is shown as it was typed.
 */
export function dateInputValue(value: unknown): string {
  if (typeof value !== 'string') return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return plain ? `${plain[3]}/${plain[2]}/${plain[1]}` : value;
}

/**
 * A date typed as gg/mm/aaaa (one-digit day and month too), or already ISO as a link carries it, as
 * an ISO date; `undefined` when the text is no such date or names a day that does not exist
 * (31/02/2027).
 */
export function isoDateOfTyped(typed: string): string | undefined {
  const italian = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(typed);
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(typed);
  if (!italian && !iso) return undefined;
  const [day, month, year] = italian
    ? [Number(italian[1]), Number(italian[2]), Number(italian[3])]
    : [Number(iso?.[3]), Number(iso?.[2]), Number(iso?.[1])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}
