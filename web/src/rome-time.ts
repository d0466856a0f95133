import { ApiProblem } from './api-client.js';

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
  throw new ApiProblem(400, {
    title: 'Ora non valida',
    status: 400,
    invalidFields: [{ path: field, message: 'Indica l’ora nel formato hh:mm, per esempio 18:30.' }],
  });
}
