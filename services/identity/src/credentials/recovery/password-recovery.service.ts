import type { DataSource } from 'typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { recordAudit, type AuditActor } from '@app/platform/audit';
import type { IdentityDeps } from '../../identity-deps.js';
import { credentialDeliveryOf } from '../credential-delivery.js';
import { sealSecret } from '../credential-secret.js';
import { queueDelivery } from '../credentials.store.js';
import { personById } from '../../persons/persons.service.js';
import { endSessionsOfPerson } from '../../sessions/session.service.js';
import { tooManyAttempts } from '../../login/login.rules.js';
import { limiterStore } from '../../login/password/login-limits.js';
import { hashPassword } from '../../login/password/password-hash.js';
import { checkPasswordPolicy } from '../../login/password/password.service.js';
import { credentialOf, replacePassword } from '../../login/password/password.store.js';
import * as rules from './password-recovery.rules.js';
import { newRecoveryToken, tokenHash } from './password-recovery-token.js';
import * as store from './password-recovery.store.js';

export interface RecoveryLimits {
  /** Counts a request for the address and the username; too many is 429 whoever the username is. */
  admit(username: string, ip: string): Promise<void>;
}

/** Per address (the login's own pace) and per username (a few an hour), in PostgreSQL. */
export function recoveryLimits(dataSource: DataSource, perMinute: number): RecoveryLimits {
  const common = limiterStore(dataSource);
  const byAddress = new RateLimiterPostgres({
    ...common,
    keyPrefix: 'recovery-ip',
    points: perMinute,
    duration: 60,
  });
  const byUsername = new RateLimiterPostgres({
    ...common,
    keyPrefix: 'recovery-user',
    points: rules.recoveriesPerUsernamePerHour,
    duration: 3600,
  });
  return {
    async admit(username, ip) {
      try {
        await byAddress.consume(ip);
        await byUsername.consume(username.trim().toLowerCase());
      } catch (error) {
        if (error instanceof RateLimiterRes)
          throw tooManyAttempts(Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
  };
}

/**
 * «Hai dimenticato la password?»: a one-time link to the e-mail of the person holding the
 * username, when there is one; the same answer either way. The password stays as it was until
 * the link is used, so a stranger's request changes nothing.
 */
export async function requestRecovery(
  deps: IdentityDeps,
  limits: RecoveryLimits,
  request: { username: string; ip: string },
  actor: AuditActor,
): Promise<{ message: string }> {
  const username = request.username.trim().toLowerCase();
  await limits.admit(username, request.ip);
  const queued = await deps.dataSource.transaction(async (manager) => {
    const credential = await credentialOf(manager, username);
    const person = credential ? await personById(manager, credential.person_id) : undefined;
    if (!person?.email) return false;
    const token = newRecoveryToken();
    await store.keepRecovery(manager, {
      tokenHash: tokenHash(token),
      personId: person.id,
      expiresAt: new Date(Date.now() + rules.recoveryMinutes * 60_000),
    });
    await queueDelivery(manager, {
      personId: person.id,
      email: person.email,
      username,
      reason: 'recupero',
      sealedSecret: sealSecret(token, deps.config.SIGNING_KEY_SECRET),
      issuedBy: null,
    });
    await recordAudit(manager, actor, {
      action: 'password.recovery-requested',
      entityType: 'person',
      entityId: person.id,
    });
    return true;
  });
  if (queued) credentialDeliveryOf(deps.dataSource, deps.config, deps.logger).wake();
  return { message: rules.recoveryRequested };
}

/** Whether the page may ask for a new password: the link is live (it is not used here). */
export async function recoveryLinkLive(deps: IdentityDeps, token: string): Promise<boolean> {
  return rules.isRecoveryToken(token) && store.isLive(deps.dataSource.manager, tokenHash(token));
}

/**
 * The new password through a live link: the link is used once, the person's other links and open
 * sessions end, and the change is audited. A password the policy refuses leaves the link usable.
 */
export async function completeRecovery(
  deps: IdentityDeps,
  change: { token: string; newPassword: string },
  actor: AuditActor,
): Promise<void> {
  if (!rules.isRecoveryToken(change.token)) throw rules.recoveryLinkInvalid();
  checkPasswordPolicy(change.newPassword);
  const passwordHash = await hashPassword(change.newPassword);
  await deps.dataSource.transaction(async (manager) => {
    const used = await store.useRecovery(manager, tokenHash(change.token));
    if (!used) throw rules.recoveryLinkInvalid();
    await replacePassword(manager, used.personId, passwordHash);
    await store.retireRecoveries(manager, used.personId);
    await endSessionsOfPerson(manager, used.personId, 'password-recovered');
    await recordAudit(manager, actor, {
      action: 'password.recovered',
      entityType: 'person',
      entityId: used.personId,
    });
  });
}
