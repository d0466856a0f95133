import type { DataSource } from 'typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { schemaOf } from '@app/platform/db';
import { accountLocked, tooManyAttempts } from '../login.rules.js';

/** Wrong passwords in a row for one username from one address before that pair is locked. */
export const maxFailedAttempts = 5;
export const lockMinutes = 15;
/**
 * Wrong passwords for one username from any address in an hour: the ceiling of a spread-out guess.
 */
const failuresPerUsernamePerHour = 50;

export interface LoginLimits {
  /** Before checking a password: counts the attempt for the address, refuses a locked pair. */
  admit(username: string, ip: string): Promise<void>;
  /** A wrong password: counts towards the lockout of this username from this address. */
  failed(username: string, ip: string): Promise<void>;
  /** The right password: the pair's count starts again. */
  succeeded(username: string, ip: string): Promise<void>;
}

/** Where identity's counters live: its own schema's `login_limits`, shared by every replica. */
export const limiterStore = (dataSource: DataSource) => ({
  storeClient: dataSource,
  storeType: 'typeorm',
  schemaName: schemaOf(dataSource),
  tableName: 'login_limits',
  tableCreated: true,
  clearExpiredByTimeout: true,
});

/**
 * The three counters, in the service's schema: per address, per username and address, per username.
 */
function limiters(dataSource: DataSource, attemptsPerMinute: number) {
  const common = limiterStore(dataSource);
  const lockSeconds = lockMinutes * 60;
  return {
    byAddress: new RateLimiterPostgres({
      ...common,
      keyPrefix: 'ip',
      points: attemptsPerMinute,
      duration: 60,
    }),
    byPair: new RateLimiterPostgres({
      ...common,
      keyPrefix: 'pair',
      points: maxFailedAttempts,
      duration: lockSeconds,
      blockDuration: lockSeconds,
    }),
    byUsername: new RateLimiterPostgres({
      ...common,
      keyPrefix: 'user',
      points: failuresPerUsernamePerHour,
      duration: 3600,
      blockDuration: 3600,
    }),
  };
}

const normalised = (username: string) => username.trim().toLowerCase();
const pair = (username: string, ip: string) => `${normalised(username)}|${ip}`;
const lockedUntil = (res: RateLimiterRes | null, limit: number) =>
  res && res.consumedPoints >= limit ? new Date(Date.now() + res.msBeforeNext) : undefined;

/**
 * Login limits in PostgreSQL, so every replica counts the same attempts. Lockouts are per username
 * and client address: a client guessing someone's password locks only itself out, never the owner.
 * `attemptsPerMinute` slows one address trying many accounts.
 */
export function loginLimits(dataSource: DataSource, attemptsPerMinute: number): LoginLimits {
  const { byAddress, byPair, byUsername } = limiters(dataSource, attemptsPerMinute);
  return {
    async admit(username, ip) {
      try {
        await byAddress.consume(ip);
      } catch (error) {
        if (error instanceof RateLimiterRes)
          throw tooManyAttempts(Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
      const until =
        lockedUntil(await byPair.get(pair(username, ip)), maxFailedAttempts) ??
        lockedUntil(await byUsername.get(normalised(username)), failuresPerUsernamePerHour);
      if (until) throw accountLocked(until);
    },
    async failed(username, ip) {
      const [pairCount] = await Promise.all([
        byPair.penalty(pair(username, ip)),
        byUsername.penalty(normalised(username)),
      ]);
      if (pairCount.consumedPoints >= maxFailedAttempts) {
        await byPair.block(pair(username, ip), lockMinutes * 60);
        throw accountLocked(new Date(Date.now() + lockMinutes * 60_000));
      }
    },
    async succeeded(username, ip) {
      await byPair.delete(pair(username, ip));
    },
  };
}
