import { createHash, randomBytes } from 'node:crypto';

/** A one-time token for the link: 256 random bits; only its hash is kept. */
export const newRecoveryToken = () => randomBytes(32).toString('base64url');

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
