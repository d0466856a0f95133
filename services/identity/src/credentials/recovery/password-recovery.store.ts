import { updateReturning } from '@app/platform/db';
import type { EntityManager } from 'typeorm';

export async function keepRecovery(
  manager: EntityManager,
  recovery: { tokenHash: string; personId: string; expiresAt: Date },
): Promise<void> {
  await manager.query(
    'INSERT INTO password_recoveries (token_hash, person_id, expires_at) VALUES ($1, $2, $3)',
    [recovery.tokenHash, recovery.personId, recovery.expiresAt],
  );
}

/**
 * Takes a live link once: used, expired or unknown gives nothing; two requests with the same link
 * at once, one of them.
 */
export async function useRecovery(
  manager: EntityManager,
  tokenHash: string,
): Promise<{ personId: string } | undefined> {
  const [used] = await updateReturning<{ personId: string }>(
    manager,
    `UPDATE password_recoveries SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING person_id AS "personId"`,
    [tokenHash],
  );
  return used;
}

/** The person's other links stop working once one of them has set the password. */
export async function retireRecoveries(manager: EntityManager, personId: string): Promise<void> {
  await manager.query(
    'UPDATE password_recoveries SET used_at = now() WHERE person_id = $1 AND used_at IS NULL',
    [personId],
  );
}

/** Whether a link is live, without using it (the page that asks for the new password). */
export async function isLive(manager: EntityManager, tokenHash: string): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT 1 FROM password_recoveries WHERE token_hash = $1 AND used_at IS NULL
      AND expires_at > now()`,
    [tokenHash],
  );
  return row !== undefined;
}
