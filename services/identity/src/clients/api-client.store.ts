import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';
import { notFound, defined } from '@app/platform/errors';
import { invalidClient } from './api-client.rules.js';

export interface ApiClient {
  id: string;
  clientId: string;
  name: string;
  agencyId: string;
  scopes: string[];
  createdAt: string;
  disabledAt: string | null;
}

// Secrets are 256 random bits: a plain SHA-256 is enough to store them (no dictionary to slow
// down).
const hashOf = (secret: string) => createHash('sha256').update(secret).digest();
const select =
  'SELECT id, client_id AS "clientId", name, agency_id AS "agencyId", ' +
  'scopes, created_at AS "createdAt", disabled_at AS "disabledAt" FROM ' +
  'api_clients';

/** Creates a client; its secret is returned this once and only its hash is kept. */
export async function createApiClient(
  manager: EntityManager,
  input: { name: string; agencyId: string; scopes: string[]; createdBy: string },
): Promise<ApiClient & { clientSecret: string }> {
  const clientId = `ne_${randomBytes(12).toString('hex')}`;
  const clientSecret = randomBytes(32).toString('base64url');
  const [{ id }] = await manager.query(
    'INSERT INTO api_clients (client_id, secret_hash, name, agency_id, ' +
      'scopes, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [
      clientId,
      hashOf(clientSecret).toString('hex'),
      input.name,
      input.agencyId,
      [...new Set(input.scopes)],
      input.createdBy,
    ],
  );
  const [client] = await manager.query(`${select} WHERE id = $1`, [id]);
  return { ...client, clientSecret };
}

export async function apiClientById(
  manager: EntityManager,
  id: string,
): Promise<ApiClient | undefined> {
  const [client] = await manager.query(`${select} WHERE id = $1`, [id]);
  return client;
}

export const apiClientsOf = (manager: EntityManager, agencyId: string): Promise<ApiClient[]> =>
  manager.query(`${select} WHERE agency_id = $1 ORDER BY created_at`, [agencyId]);

export async function disableApiClient(manager: EntityManager, id: string): Promise<ApiClient> {
  const [row] = await updateReturning(
    manager,
    'UPDATE api_clients SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL RETURNING id',
    [id],
  );
  if (!row) throw notFound('Client attivo');
  return clientNow(manager, id);
}

/** A client this transaction has just read or changed. */
const clientNow = async (manager: EntityManager, id: string): Promise<ApiClient> =>
  defined(await apiClientById(manager, id), `API client ${id}`);

/** The active client with these credentials; 401 otherwise, the same answer whatever was wrong. */
export async function authenticateClient(
  manager: EntityManager,
  clientId: string,
  secret: string,
): Promise<ApiClient> {
  const [row] = await manager.query(
    'SELECT id, secret_hash FROM api_clients WHERE client_id = $1 AND disabled_at IS NULL',
    [clientId],
  );
  const expected = row ? Buffer.from(row.secret_hash, 'hex') : hashOf('no-such-client');
  if (!timingSafeEqual(expected, hashOf(secret)) || !row) throw invalidClient();
  return clientNow(manager, row.id);
}
