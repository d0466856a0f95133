import type { DataSource, EntityManager } from 'typeorm';
import { AppError, conflict } from '@app/platform/errors';
import { decoy, hashPassword, minimumPasswordLength, passwordMatches } from './password-hash.js';
import type { LoginLimits } from './login-limits.js';

const invalidCredentials = () => new AppError({
  code: 'INVALID_CREDENTIALS', status: 401, title: 'Accesso non riuscito', detail: 'Username o password non corretti.',
});

const firstAccessExpired = () => new AppError({
  code: 'FIRST_ACCESS_EXPIRED', status: 401, title: 'Credenziali di primo accesso scadute',
  detail: 'Le credenziali di primo accesso sono scadute: chiedi al Gestore della piattaforma di inviarne di nuove.',
});

export const passwordChangeRequired = () => new AppError({
  code: 'PASSWORD_CHANGE_REQUIRED', status: 403, title: 'Cambio password obbligatorio',
  detail: 'Stai usando le credenziali di primo accesso: scegli una nuova password per entrare.',
  extensions: { change: '/api/v1/auth/password/change' },
});

interface Checked { personId: string; fiscalCode: string; mustChange: boolean }

/**
 * Checks a username and password under the login limits (per address, and per username and address).
 * A temporary password past its expiry no longer opens anything.
 */
export async function checkPassword(dataSource: DataSource, limits: LoginLimits, login: { username: string; password: string; ip: string }): Promise<Checked> {
  await limits.admit(login.username, login.ip);
  const [credential] = await dataSource.query(
    `SELECT c.person_id, c.password_hash, c.must_change, c.expires_at, p.fiscal_code FROM password_credentials c JOIN persons p ON p.id = c.person_id
     WHERE c.username = $1`, [login.username.trim().toLowerCase()]);
  const matches = await passwordMatches(credential?.password_hash ?? await decoy(), login.password);
  if (!credential || !matches) {
    await limits.failed(login.username, login.ip);
    throw invalidCredentials();
  }
  await limits.succeeded(login.username, login.ip);
  if (credential.expires_at && new Date(credential.expires_at) <= new Date()) throw firstAccessExpired();
  return { personId: credential.person_id, fiscalCode: credential.fiscal_code, mustChange: credential.must_change };
}

export function checkPasswordPolicy(password: string, previous?: string): void {
  const refuse = (detail: string) => new AppError({ code: 'WEAK_PASSWORD', status: 400, title: 'Password non valida', detail });
  if (password.length < minimumPasswordLength) throw refuse(`La password deve avere almeno ${minimumPasswordLength} caratteri.`);
  if (previous !== undefined && password === previous) throw refuse('La nuova password deve essere diversa da quella attuale.');
}

/** The person's own choice of password, after proving the current one: the first-access mark goes. */
export async function changePassword(dataSource: DataSource, limits: LoginLimits, change: { username: string; password: string; newPassword: string; ip: string }): Promise<Checked> {
  const checked = await checkPassword(dataSource, limits, change);
  checkPasswordPolicy(change.newPassword, change.password);
  await dataSource.query(
    'UPDATE password_credentials SET password_hash = $2, must_change = false, expires_at = NULL, updated_at = now() WHERE person_id = $1',
    [checked.personId, await hashPassword(change.newPassword)]);
  return { ...checked, mustChange: false };
}

/**
 * Gives a person a username and password chosen for them: by the demo world, or as temporary
 * first-access credentials (`temporaryDays`) that must be changed at the first login.
 */
export async function setPassword(manager: EntityManager, personId: string, username: string, password: string, temporaryDays?: number): Promise<void> {
  checkPasswordPolicy(password);
  const normalised = username.trim().toLowerCase();
  const [owner] = await manager.query('SELECT person_id FROM password_credentials WHERE username = $1', [normalised]);
  if (owner && owner.person_id !== personId) throw conflict(`Lo username «${normalised}» è già in uso.`, 'USERNAME_TAKEN');
  const temporary = temporaryDays !== undefined;
  await manager.query(
    `INSERT INTO password_credentials (person_id, username, password_hash, must_change, expires_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $4 THEN now() + make_interval(days => $5) END)
     ON CONFLICT (person_id) DO UPDATE SET username = EXCLUDED.username, password_hash = EXCLUDED.password_hash,
       must_change = EXCLUDED.must_change, expires_at = EXCLUDED.expires_at, updated_at = now()`,
    [personId, normalised, await hashPassword(password), temporary, temporaryDays ?? 0]);
}
