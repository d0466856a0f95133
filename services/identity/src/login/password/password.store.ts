import type { EntityManager } from 'typeorm';

/** A username's credential with its person's codice fiscale, as a login checks it. */
export interface StoredCredential {
  person_id: string;
  password_hash: string;
  must_change: boolean;
  expires_at: Date | null;
  fiscal_code: string;
}

export async function credentialOf(
  manager: EntityManager,
  username: string,
): Promise<StoredCredential | undefined> {
  const [credential] = await manager.query(
    `SELECT c.person_id, c.password_hash, c.must_change, c.expires_at, p.fiscal_code FROM
      password_credentials c JOIN persons p ON p.id = c.person_id
     WHERE c.username = $1`,
    [username],
  );
  return credential;
}

/** The person's own password from now on: no longer temporary. */
export async function replacePassword(
  manager: EntityManager,
  personId: string,
  passwordHash: string,
): Promise<void> {
  await manager.query(
    'UPDATE password_credentials SET password_hash = $2, must_change = false, ' +
      'expires_at = NULL, updated_at = now() WHERE person_id = $1',
    [personId, passwordHash],
  );
}

/** Who holds a username, if anyone. */
export async function holderOf(
  manager: EntityManager,
  username: string,
): Promise<string | undefined> {
  const [owner] = await manager.query(
    'SELECT person_id FROM password_credentials WHERE username = $1',
    [username],
  );
  return owner?.person_id;
}

/**
 * The person's username and password; a temporary one (`temporaryDays`) must be changed and
 * expires.
 */
export async function savePassword(
  manager: EntityManager,
  credential: { personId: string; username: string; passwordHash: string; temporaryDays?: number },
): Promise<void> {
  await manager.query(
    `INSERT INTO password_credentials (person_id, username, password_hash, must_change, expires_at)
     VALUES ($1, $2, $3, $4, CASE WHEN $4 THEN now() + make_interval(days => $5) END)
     ON CONFLICT (person_id) DO UPDATE SET username = EXCLUDED.username, password_hash =
       EXCLUDED.password_hash,
       must_change = EXCLUDED.must_change, expires_at = EXCLUDED.expires_at, updated_at = now()`,
    [
      credential.personId,
      credential.username,
      credential.passwordHash,
      credential.temporaryDays !== undefined,
      credential.temporaryDays ?? 0,
    ],
  );
}

/**
 * The person's username and when their temporary password expires (null once they chose their own).
 */
export async function credentialOfPerson(
  manager: EntityManager,
  personId: string,
): Promise<{ username: string; expiresAt: Date | null } | undefined> {
  const [row] = await manager.query(
    'SELECT username, expires_at AS "expiresAt" FROM password_credentials WHERE person_id = $1',
    [personId],
  );
  return row;
}

/** The usernames taken that are `base` or `base` followed by a number. */
export async function usernamesLike(manager: EntityManager, base: string): Promise<string[]> {
  const rows: { username: string }[] = await manager.query(
    'SELECT username FROM password_credentials WHERE username = $1 OR ' +
      "username ~ ('^' || $1 || '[0-9]+$')",
    [base],
  );
  return rows.map((row) => row.username);
}
