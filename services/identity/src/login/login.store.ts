import type { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';

type Queryable = DataSource | EntityManager;

/**
 * A login asked of an identity provider and not yet answered: its ID (or state), method and
 * details.
 */
export async function savePendingLogin(
  db: Queryable,
  pending: { id: string; method: string; details: unknown; lifetimeSeconds: number },
  options: { ignoreExisting?: boolean } = {},
): Promise<void> {
  await db.query(
    `INSERT INTO pending_logins (id, method, details, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(secs =>
       $4))${options.ignoreExisting ? ' ON CONFLICT DO NOTHING' : ''}`,
    [pending.id, pending.method, JSON.stringify(pending.details), pending.lifetimeSeconds],
  );
}

/** A detail of a pending login still open (not answered, not expired). */
export async function openPendingDetail(
  db: Queryable,
  id: string,
  method: string,
  key: string,
): Promise<string | undefined> {
  const [row] = await db.query(
    `SELECT details->>$3 AS value FROM pending_logins
      WHERE id = $1 AND method = $2 AND consumed_at IS NULL AND expires_at > now()`,
    [id, method, key],
  );
  return row?.value ?? undefined;
}

/** Marks a pending login answered; true when this call did it (a second answer finds nothing). */
export async function consumePendingLogin(db: Queryable, id: string): Promise<boolean> {
  const rows = await updateReturning<{ id: string }>(
    db,
    'UPDATE pending_logins SET consumed_at = now() WHERE id = $1 AND ' +
      'consumed_at IS NULL RETURNING id',
    [id],
  );
  return rows.length > 0;
}

/**
 * The details of a pending login by one of `methods`, consumed now; undefined if gone, expired or
 * used.
 */
export async function takePendingLogin<T>(
  db: Queryable,
  id: string,
  methods: string[],
): Promise<T | undefined> {
  const [row] = await updateReturning<{ details: T }>(
    db,
    `UPDATE pending_logins SET consumed_at = now()
      WHERE id = $1 AND method = ANY($2) AND consumed_at IS NULL AND expires_at > now()
     RETURNING details`,
    [id, methods],
  );
  return row?.details;
}

export async function addPendingDetails(
  db: Queryable,
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  await db.query('UPDATE pending_logins SET details = details || $2::jsonb WHERE id = $1', [
    id,
    JSON.stringify(details),
  ]);
}

export async function pendingDetails<T>(db: Queryable, id: string): Promise<T | undefined> {
  const [row] = await db.query('SELECT details FROM pending_logins WHERE id = $1', [id]);
  return row?.details;
}

/** Records an assertion ID once; false if it was seen before. */
export async function firstSightingOf(
  db: Queryable,
  assertionId: string,
  expiresAt: Date,
): Promise<boolean> {
  const rows = await db.query(
    'INSERT INTO seen_assertions (id, expires_at) VALUES ($1, $2) ON CONFLICT ' +
      'DO NOTHING RETURNING id',
    [assertionId, expiresAt],
  );
  return rows.length === 1;
}

/** A key and certificate the service keeps under a name (the SPID SP's). */
export interface StoredServiceCredential {
  privateKeyPem: string;
  certificatePem: string;
}

export async function serviceCredential(
  db: Queryable,
  name: string,
): Promise<StoredServiceCredential | undefined> {
  const [row] = await db.query(
    'SELECT private_key_pem AS "privateKeyPem", certificate_pem AS ' +
      '"certificatePem" FROM service_credentials WHERE name = $1',
    [name],
  );
  return row;
}

/**
 * Replaces the stored key only if it is still `previousKey` (another replica may have changed it).
 */
export async function replaceServiceKey(
  db: Queryable,
  name: string,
  change: { privateKeyPem: string; previousKey: string },
): Promise<void> {
  await db.query(
    'UPDATE service_credentials SET private_key_pem = $2 WHERE name = $1 AND private_key_pem = $3',
    [name, change.privateKeyPem, change.previousKey],
  );
}

/**
 * Stores a credential unless another one is there; one whose certificate is `replacing` is
 * replaced. Two replicas racing on the first start both keep the first stored.
 */
export async function storeServiceCredential(
  db: Queryable,
  name: string,
  credential: StoredServiceCredential & { replacing: string },
): Promise<void> {
  await db.query(
    `INSERT INTO service_credentials (name, private_key_pem, certificate_pem) VALUES ($1, $2, $3)
     ON CONFLICT (name) DO UPDATE SET private_key_pem = EXCLUDED.private_key_pem,
       certificate_pem = EXCLUDED.certificate_pem, created_at = now()
     WHERE service_credentials.certificate_pem = $4`,
    [name, credential.privateKeyPem, credential.certificatePem, credential.replacing],
  );
}

export interface StoredRelyingPartyKey<Purpose extends string, Sealed, Jwk> {
  purpose: Purpose;
  privateKey: Sealed;
  publicJwk: Jwk;
}

export async function relyingPartyKeyRows<Purpose extends string, Sealed, Jwk>(
  db: Queryable,
): Promise<StoredRelyingPartyKey<Purpose, Sealed, Jwk>[]> {
  return db.query(
    'SELECT purpose, private_key AS "privateKey", public_jwk AS "publicJwk" ' +
      'FROM relying_party_keys',
  );
}

/** Keeps a key for a purpose unless one is stored already. */
export async function addRelyingPartyKey(
  db: Queryable,
  key: { purpose: string; privateKey: unknown; publicJwk: unknown },
): Promise<void> {
  await db.query(
    'INSERT INTO relying_party_keys (purpose, private_key, public_jwk) VALUES ' +
      '($1, $2, $3) ON CONFLICT (purpose) DO NOTHING',
    [key.purpose, JSON.stringify(key.privateKey), JSON.stringify(key.publicJwk)],
  );
}
