import type { EntityManager } from 'typeorm';
import { defined } from '@app/platform/errors';
import { lockForTransaction, updateReturning } from '@app/platform/db';
import type { Counters } from './ceiling.rules.js';

const counters =
  'ceiling_cents::float8 AS ceiling, reserved_cents::float8 AS reserved, ' +
  'consumed_cents::float8 AS consumed';

/** The counters after a movement of a contract that exists (the caller holds its lock). */
const movedOrThrow = (after: Counters | undefined, contractId: string): Counters =>
  defined(after, `the ceiling of contract ${contractId}`);

export async function countersOf(
  manager: EntityManager,
  contractId: string,
  lock = false,
): Promise<Counters> {
  const [row] = await manager.query(
    `SELECT ${counters} FROM contracts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [contractId],
  );
  return row;
}

/** Two calls with one reference wait for each other, so the second finds the first's answer. */
export async function lockReference(
  manager: EntityManager,
  contractId: string,
  reference: string,
): Promise<void> {
  await lockForTransaction(manager, `ceiling:${contractId}:${reference}`);
}

export async function previousReservation(
  manager: EntityManager,
  contractId: string,
  reference: string,
) {
  const [row] = await manager.query<{ amount: number; remaining: number }[]>(
    `SELECT amount_cents::float8 AS amount, remaining_after_cents::float8 AS remaining FROM
      ceiling_movements
     WHERE contract_id = $1 AND reference = $2 AND kind = 'reserved'`,
    [contractId, reference],
  );
  return row;
}

/**
 * Reserves if it fits: one conditional UPDATE decides, so concurrent reservations never go below
 * zero.
 */
export async function reserveIfFits(
  manager: EntityManager,
  contractId: string,
  amountCents: number,
): Promise<Counters | undefined> {
  const [after] = await updateReturning<Counters>(
    manager,
    `UPDATE contracts SET reserved_cents = reserved_cents + $2
     WHERE id = $1 AND ceiling_cents - reserved_cents - consumed_cents >= $2 RETURNING ${counters}`,
    [contractId, amountCents],
  );
  return after;
}

export async function moveToConsumed(
  manager: EntityManager,
  contractId: string,
  amountCents: number,
): Promise<Counters> {
  const [after] = await updateReturning<Counters>(
    manager,
    `UPDATE contracts SET reserved_cents = reserved_cents - $2, consumed_cents = consumed_cents +
      $2 WHERE id = $1
     RETURNING ${counters}`,
    [contractId, amountCents],
  );
  return movedOrThrow(after, contractId);
}

export async function unreserve(
  manager: EntityManager,
  contractId: string,
  amountCents: number,
): Promise<Counters> {
  const [after] = await updateReturning<Counters>(
    manager,
    `UPDATE contracts SET reserved_cents = reserved_cents - $2 WHERE id = $1 RETURNING ${counters}`,
    [contractId, amountCents],
  );
  return movedOrThrow(after, contractId);
}

/**
 * What is still reserved (not consumed, not released) under a reference; undefined when it never
 * was.
 */
export async function outstanding(
  manager: EntityManager,
  contractId: string,
  reference: string,
): Promise<number | undefined> {
  const [row] = await manager.query(
    `SELECT coalesce(sum(CASE WHEN kind IN ('reserved', 'restored') THEN amount_cents ELSE
      -amount_cents END), 0)::float8 AS outstanding,
       bool_or(kind = 'reserved') AS exists
     FROM ceiling_movements WHERE contract_id = $1 AND reference = $2 AND kind IN ('reserved',
       'consumed', 'released', 'restored')`,
    [contractId, reference],
  );
  return row.exists ? row.outstanding : undefined;
}

export interface Movement {
  contractId: string;
  reference: string;
  kind: 'reserved' | 'refused' | 'consumed' | 'released' | 'restored';
  amountCents: number;
  remainingCents: number;
  actor: string;
  orderId?: string;
}

export async function addMovement(manager: EntityManager, movement: Movement): Promise<void> {
  await manager.query(
    `INSERT INTO ceiling_movements (contract_id, reference, kind, amount_cents,
      remaining_after_cents, actor, order_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      movement.contractId,
      movement.reference,
      movement.kind,
      movement.amountCents,
      movement.remainingCents,
      movement.actor,
      movement.orderId ?? null,
    ],
  );
}

/** An order's consumption, if it was already recorded (and whether it was restored since). */
export async function consumptionOf(manager: EntityManager, orderId: string) {
  const [row] = await manager.query<
    {
      contractId: string;
      reference: string;
      amount: number;
      remaining: number;
      restored: boolean;
    }[]
  >(
    `SELECT c.contract_id AS "contractId", c.reference, c.amount_cents::float8 AS amount,
      c.remaining_after_cents::float8 AS remaining,
       EXISTS (SELECT 1 FROM ceiling_movements r WHERE r.order_id = c.order_id AND r.kind =
         'restored') AS restored
     FROM ceiling_movements c WHERE c.order_id = $1 AND c.kind = 'consumed'`,
    [orderId],
  );
  return row;
}

/** An annulled order's consumption goes back to the reservation it came from. */
export async function moveBackToReserved(
  manager: EntityManager,
  contractId: string,
  amountCents: number,
): Promise<Counters> {
  const [after] = await updateReturning<Counters>(
    manager,
    `UPDATE contracts SET reserved_cents = reserved_cents + $2, consumed_cents = consumed_cents -
      $2 WHERE id = $1
     RETURNING ${counters}`,
    [contractId, amountCents],
  );
  return movedOrThrow(after, contractId);
}

export function movementsOf(manager: EntityManager, contractId: string) {
  return manager.query(
    `SELECT id::int, reference, kind, amount_cents::float8 AS "amountCents",
      remaining_after_cents::float8 AS "remainingAfterCents",
       created_at AS "createdAt"
     FROM ceiling_movements WHERE contract_id = $1 ORDER BY id DESC LIMIT 500`,
    [contractId],
  );
}
