import { isoDateOfTyped } from '@app/page-layout';
import { fieldRefused } from './api-client.js';

/** A day and an hour in Rome as an instant with its offset (summer time included). */
export function romeTime(date: string, time: string): string {
  const guess = new Date(`${date}T${time}:00Z`);
  const inRome = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Rome' }));
  const inUtc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (inRome.getTime() - inUtc.getTime())).toISOString();
}

/**
 * An hour typed hh:mm (or h:mm); blank is midnight; anything else is refused beside its field.
 */
export function typedHour(typed: unknown, field: string): string {
  const text = typeof typed === 'string' ? typed.trim() : '';
  if (!text) return '00:00';
  const parts = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (parts && Number(parts[1]) < 24 && Number(parts[2]) < 60) return text.padStart(5, '0');
  throw fieldRefused('Ora non valida', field, 'Indica l’ora nel formato hh:mm, per esempio 18:30.');
}

/**
 * A form's day (gg/mm/aaaa, or ISO once the form made it so) and hour as an instant in Rome;
 * `undefined` when the day is blank, a day that is no date refused beside its field.
 */
export function typedInstant(
  body: Record<string, unknown>,
  dayField: string,
  hourField: string,
): string | undefined {
  const typed = typeof body[dayField] === 'string' ? body[dayField].trim() : '';
  if (!typed) return undefined;
  const day = isoDateOfTyped(typed);
  if (!day)
    throw fieldRefused('Data non valida', dayField, 'Indica il giorno nel formato gg/mm/aaaa.');
  return romeTime(day, typedHour(body[hourField], hourField));
}
