import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../auth/index.js';
import { AppError } from '../errors/index.js';

export { IdempotencyKeys1764200000001 } from './idempotency.migration.js';

const keyPattern = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * What a request with an `Idempotency-Key` asked: the key, the operation, and a fingerprint of its
 * body.
 */
export interface IdempotentRequest {
  key: string;
  target: string;
  fingerprint: string;
}

/** The request's Idempotency-Key, checked, with what it asked; undefined when it sent none. */
export function idempotentRequestOf(req: Request): IdempotentRequest | undefined {
  const key = req.get('idempotency-key');
  if (key === undefined) return undefined;
  if (!keyPattern.test(key)) {
    throw new AppError({
      code: 'IDEMPOTENCY_KEY_INVALID',
      status: 400,
      title: 'Idempotency-Key non valida',
      detail:
        "L'intestazione Idempotency-Key deve avere da 8 a 200 caratteri tra " +
        'lettere, cifre e . _ : -',
    });
  }
  const target = `${req.method} ${req.originalUrl.split('?')[0]}`;
  return {
    key,
    target,
    fingerprint: createHash('sha256')
      .update(JSON.stringify(req.body ?? null))
      .digest('hex'),
  };
}

/**
 * Runs a command's work in one transaction, once per `Idempotency-Key` of the same caller: a retry
 * gets the first answer, a concurrent duplicate waits for the first to commit and then gets its
 * answer, and a failed attempt leaves no trace (the key is stored in the same transaction as the
 * work).
 */
export async function onceForKey<T>(
  dataSource: DataSource,
  who: string,
  asked: IdempotentRequest | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (!asked) return dataSource.transaction(work);
  const request = `${asked.target} ${asked.fingerprint}`;
  return dataSource.transaction(async (manager) => {
    const inserted = await manager.query(
      'INSERT INTO idempotency_keys (caller, key, request) VALUES ($1, $2, $3) ' +
        'ON CONFLICT DO NOTHING RETURNING key',
      [who, asked.key, request],
    );
    if (inserted.length === 0) return firstAnswer<T>(manager, who, asked);
    const result = await work(manager);
    await manager.query(
      'UPDATE idempotency_keys SET response = $3 WHERE caller = $1 AND key = $2',
      [who, asked.key, JSON.stringify(result ?? null)],
    );
    return result;
  });
}

async function firstAnswer<T>(
  manager: EntityManager,
  who: string,
  asked: IdempotentRequest,
): Promise<T> {
  const [first] = await manager.query(
    'SELECT request, response FROM idempotency_keys WHERE caller = $1 AND key = $2',
    [who, asked.key],
  );
  if (first.request === `${asked.target} ${asked.fingerprint}`) return first.response as T;
  const firstTarget = String(first.request).replace(/ [0-9a-f]{64}$/, '');
  const detail =
    firstTarget === asked.target
      ? 'Questa Idempotency-Key è già stata usata per la stessa operazione con ' +
        'dati diversi: usa una chiave nuova per una richiesta nuova.'
      : `Questa Idempotency-Key è già stata usata per un'altra richiesta (${firstTarget}).`;
  throw new AppError({
    code: 'IDEMPOTENCY_KEY_REUSED',
    status: 422,
    title: 'Idempotency-Key già usata',
    detail,
  });
}

/** {@link onceForKey} for an express request. */
export function oncePerIdempotencyKey<T>(
  dataSource: DataSource,
  req: Request,
  caller: Caller | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return onceForKey(dataSource, caller?.subject ?? 'anonimo', idempotentRequestOf(req), work);
}
