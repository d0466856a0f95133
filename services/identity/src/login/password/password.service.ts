import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit, type AuditActor } from '@app/platform/audit';
import type { IdentityDeps } from '../../identity-deps.js';
import { passwordAcr } from '../../sessions/levels.rules.js';
import { completeLogin, type LoginOutcome } from '../complete-login.js';
import { conflict } from '@app/platform/errors';
import {
  firstAccessExpired,
  invalidCredentials,
  passwordChangeRequired,
  weakPassword,
} from '../login.rules.js';
import { decoy, hashPassword, minimumPasswordLength, passwordMatches } from './password-hash.js';
import type { LoginLimits } from './login-limits.js';
import * as store from './password.store.js';

interface Checked {
  personId: string;
  fiscalCode: string;
  mustChange: boolean;
}

/**
 * Checks a username and password under the login limits (per address, and per username and
 * address). A temporary password past its expiry no longer opens anything.
 */
export async function checkPassword(
  dataSource: DataSource,
  limits: LoginLimits,
  login: { username: string; password: string; ip: string },
): Promise<Checked> {
  await limits.admit(login.username, login.ip);
  const credential = await store.credentialOf(
    dataSource.manager,
    login.username.trim().toLowerCase(),
  );
  const matches = await passwordMatches(
    credential?.password_hash ?? (await decoy()),
    login.password,
  );
  if (!credential || !matches) {
    await limits.failed(login.username, login.ip);
    throw invalidCredentials();
  }
  await limits.succeeded(login.username, login.ip);
  if (credential.expires_at && new Date(credential.expires_at) <= new Date())
    throw firstAccessExpired();
  return {
    personId: credential.person_id,
    fiscalCode: credential.fiscal_code,
    mustChange: credential.must_change,
  };
}

export function checkPasswordPolicy(password: string, previous?: string): void {
  if (password.length < minimumPasswordLength)
    throw weakPassword(`La password deve avere almeno ${minimumPasswordLength} caratteri.`);
  if (previous !== undefined && password === previous)
    throw weakPassword('La nuova password deve essere diversa da quella attuale.');
}

/**
 * The person's own choice of password, after proving the current one: the first-access mark goes.
 */
export async function changePassword(
  dataSource: DataSource,
  limits: LoginLimits,
  change: { username: string; password: string; newPassword: string; ip: string },
): Promise<Checked> {
  const checked = await checkPassword(dataSource, limits, change);
  checkPasswordPolicy(change.newPassword, change.password);
  await store.replacePassword(
    dataSource.manager,
    checked.personId,
    await hashPassword(change.newPassword),
  );
  return { ...checked, mustChange: false };
}

/**
 * Gives a person a username and password chosen for them: by the demo world, or as temporary
 * first-access credentials (`temporaryDays`) that must be changed at the first login.
 */
export async function setPassword(
  manager: EntityManager,
  personId: string,
  username: string,
  password: string,
  temporaryDays?: number,
): Promise<void> {
  checkPasswordPolicy(password);
  const normalised = username.trim().toLowerCase();
  const holder = await store.holderOf(manager, normalised);
  if (holder && holder !== personId)
    throw conflict(`Lo username «${normalised}» è già in uso.`, 'USERNAME_TAKEN');
  await store.savePassword(manager, {
    personId,
    username: normalised,
    passwordHash: await hashPassword(password),
    temporaryDays,
  });
}

type PasswordLogin = { username: string; password: string; ip: string };

const openSession = (deps: IdentityDeps, fiscalCode: string, actor: AuditActor) =>
  completeLogin(
    deps.dataSource,
    deps.config,
    deps.logger,
    { fiscalCode, method: 'password', acr: passwordAcr, amr: ['pwd'], authTime: new Date() },
    actor,
  );

/** The traditional login: a session opens, unless the password is a first-access one to change. */
export async function loginWithPassword(
  deps: IdentityDeps,
  limits: LoginLimits,
  login: PasswordLogin,
  actor: AuditActor,
): Promise<LoginOutcome> {
  const checked = await checkPassword(deps.dataSource, limits, login);
  if (checked.mustChange) throw passwordChangeRequired();
  return openSession(deps, checked.fiscalCode, actor);
}

/** The person chooses their own password (required at first access), then the session opens. */
export async function changePasswordAndLogin(
  deps: IdentityDeps,
  limits: LoginLimits,
  change: PasswordLogin & { newPassword: string },
  actor: AuditActor,
): Promise<LoginOutcome> {
  const checked = await changePassword(deps.dataSource, limits, change);
  await recordAudit(deps.dataSource.manager, actor, {
    action: 'password.changed',
    entityType: 'person',
    entityId: checked.personId,
  });
  return openSession(deps, checked.fiscalCode, actor);
}
