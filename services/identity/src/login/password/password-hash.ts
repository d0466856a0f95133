import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane). */
const options = {
  // 2 is Argon2id (the package's const enum cannot be imported under isolatedModules).
  algorithm: 2 as const,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const minimumPasswordLength = 12;

export const hashPassword = (password: string): Promise<string> => hash(password, options);

export const passwordMatches = (storedHash: string, password: string): Promise<boolean> =>
  verify(storedHash, password);

/** Verified against when the username is unknown, so the answer takes as long either way. */
let decoyHash: Promise<string> | undefined;
export const decoy = (): Promise<string> =>
  (decoyHash ??= hashPassword('decoy-password-never-matches'));
