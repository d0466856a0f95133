import type { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import { AppError, conflict } from '@app/platform/errors';
import { decoy, hashPassword, minimumPasswordLength, passwordMatches } from './password-hash.js';

/** After this many wrong passwords in a row the account is locked for `lockMinutes`. */
export const maxFailedAttempts = 5;
export const lockMinutes = 15;

const invalidCredentials = () => new AppError({
  code: 'INVALID_CREDENTIALS', status: 401, title: 'Accesso non riuscito', detail: 'Username o password non corretti.',
});

const locked = (until: Date) => new AppError({
  code: 'ACCOUNT_LOCKED', status: 423, title: 'Utenza bloccata',
  detail: `Utenza bloccata per troppi tentativi errati: riprova dopo le ${until.toLocaleTimeString('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' })}.`,
  extensions: { lockedUntil: until.toISOString() },
});

/** Checks a username and password; wrong guesses count towards a lockout that survives restarts. */
export async function checkPassword(dataSource: DataSource, username: string, password: string): Promise<{ personId: string; fiscalCode: string }> {
  const [credential] = await dataSource.query(
    `SELECT c.person_id, c.password_hash, c.locked_until, p.fiscal_code FROM password_credentials c JOIN persons p ON p.id = c.person_id
     WHERE c.username = $1`, [username.trim().toLowerCase()]);
  if (!credential) {
    await passwordMatches(await decoy(), password);
    throw invalidCredentials();
  }
  if (credential.locked_until && new Date(credential.locked_until) > new Date()) throw locked(new Date(credential.locked_until));
  if (await passwordMatches(credential.password_hash, password)) {
    await dataSource.query('UPDATE password_credentials SET failed_attempts = 0, locked_until = NULL WHERE person_id = $1', [credential.person_id]);
    return { personId: credential.person_id, fiscalCode: credential.fiscal_code };
  }
  // One statement, so concurrent guesses cannot each read the same count.
  const [state] = await updateReturning<{ locked_until: Date | null }>(dataSource,
    `UPDATE password_credentials SET
       locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN now() + make_interval(mins => $3) END,
       failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END
     WHERE person_id = $1 RETURNING locked_until`, [credential.person_id, maxFailedAttempts, lockMinutes]);
  if (state?.locked_until) throw locked(new Date(state.locked_until));
  throw invalidCredentials();
}

export function checkPasswordPolicy(password: string): void {
  if (password.length < minimumPasswordLength) {
    throw new AppError({ code: 'WEAK_PASSWORD', status: 400, title: 'Password non valida', detail: `La password deve avere almeno ${minimumPasswordLength} caratteri.` });
  }
}

/** Gives a person a username and password (or replaces the password). */
export async function setPassword(manager: EntityManager, personId: string, username: string, password: string): Promise<void> {
  checkPasswordPolicy(password);
  const normalised = username.trim().toLowerCase();
  const [owner] = await manager.query('SELECT person_id FROM password_credentials WHERE username = $1', [normalised]);
  if (owner && owner.person_id !== personId) throw conflict(`Lo username «${normalised}» è già in uso.`, 'USERNAME_TAKEN');
  await manager.query(
    `INSERT INTO password_credentials (person_id, username, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT (person_id) DO UPDATE SET username = EXCLUDED.username, password_hash = EXCLUDED.password_hash, failed_attempts = 0, locked_until = NULL, updated_at = now()`,
    [personId, normalised, await hashPassword(password)]);
}
