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
