import type { DataSource, EntityManager } from 'typeorm';
import { AppError, conflict } from '@app/platform/errors';
import { decoy, hashPassword, minimumPasswordLength, passwordMatches } from './password-hash.js';
import type { LoginLimits } from './login-limits.js';
import * as store from './password.store.js';

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
  const credential = await store.credentialOf(dataSource.manager, login.username.trim().toLowerCase());
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
  await store.replacePassword(dataSource.manager, checked.personId, await hashPassword(change.newPassword));
  return { ...checked, mustChange: false };
}

/**
 * Gives a person a username and password chosen for them: by the demo world, or as temporary
 * first-access credentials (`temporaryDays`) that must be changed at the first login.
 */
export async function setPassword(manager: EntityManager, personId: string, username: string, password: string, temporaryDays?: number): Promise<void> {
  checkPasswordPolicy(password);
  const normalised = username.trim().toLowerCase();
  const holder = await store.holderOf(manager, normalised);
  if (holder && holder !== personId) throw conflict(`Lo username «${normalised}» è già in uso.`, 'USERNAME_TAKEN');
  await store.savePassword(manager, { personId, username: normalised, passwordHash: await hashPassword(password), temporaryDays });
}
