import type { EntityManager } from 'typeorm';
import { ceilingEvents } from '@app/events';
import type { EventContract } from '@app/platform/events';
import { updateReturning } from '@app/platform/db';
import { AppError, conflict, forbidden, notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { visibleContract } from '../contracts/contracts.service.js';
import { euroText } from '@app/italian-codes';

export const thresholdsPercent = [80, 90, 100];

interface Counters { ceiling: number; reserved: number; consumed: number }
const remainingOf = (c: Counters) => c.ceiling - c.reserved - c.consumed;
const counters = 'ceiling_cents::float8 AS ceiling, reserved_cents::float8 AS reserved, consumed_cents::float8 AS consumed';

export type ReservationOutcome =
  | { outcome: 'reserved'; amountCents: number; remainingCents: number }
  | { outcome: 'refused'; amountCents: number; remainingCents: number; reason: string };

/** Reservations are asked by the contract's banditore (approving an adhesion or an order). */
async function banditoreContract(manager: EntityManager, contractId: string, tenant: string) {
  const contract = await visibleContract(manager, contractId, tenant);
  if (contract.banditore.agencyId !== tenant) throw forbidden('Solo il soggetto banditore movimenta il massimale del contratto.', 'NOT_BANDITORE');
  return contract;
}

/**
 * Reserves an amount if it fits: one conditional UPDATE decides, so concurrent reservations can never
 * take the ceiling below zero. The same reference reserves once (a retried call gets the first answer).
 * A refusal is recorded and announced too, and the caller reads the remaining amount at once.
 */
export async function reserve(manager: EntityManager, contractId: string, tenant: string, reference: string, amountCents: number, actor: string): Promise<ReservationOutcome> {
  const contract = await banditoreContract(manager, contractId, tenant);
  // Two calls with one reference wait for each other, so the second finds the first's answer.
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ceiling:${contractId}:${reference}`]);
  const [previous] = await manager.query(
    "SELECT amount_cents::float8 AS amount, remaining_after_cents::float8 AS remaining FROM ceiling_movements WHERE contract_id = $1 AND reference = $2 AND kind = 'reserved'", [contractId, reference]);
  if (previous) return { outcome: 'reserved', amountCents: previous.amount, remainingCents: previous.remaining };
  if (contract.status !== 'pubblicato') throw conflict(`Il contratto è nello stato «${contract.status}»: non si possono riservare importi.`, 'CONTRACT_NOT_OPEN');
  const [after] = await updateReturning<Counters>(manager,
    `UPDATE contracts SET reserved_cents = reserved_cents + $2 WHERE id = $1 AND ceiling_cents - reserved_cents - consumed_cents >= $2 RETURNING ${counters}`,
    [contractId, amountCents]);
  if (!after) {
    const [now] = await manager.query(`SELECT ${counters} FROM contracts WHERE id = $1`, [contractId]);
    const remainingCents = remainingOf(now);
    await record(manager, contractId, reference, 'refused', amountCents, remainingCents, actor, ceilingEvents.refused);
    return { outcome: 'refused', amountCents, remainingCents, reason: `L'importo di ${euroText(amountCents)} supera il massimale residuo del contratto: ${euroText(remainingCents)}.` };
  }
  await record(manager, contractId, reference, 'reserved', amountCents, remainingOf(after), actor, ceilingEvents.reserved);
  await announceThresholds(manager, contractId, after, amountCents);
  return { outcome: 'reserved', amountCents, remainingCents: remainingOf(after) };
}

/** What is still reserved (not consumed, not released) under a reference. */
async function outstanding(manager: EntityManager, contractId: string, reference: string): Promise<number> {
  const [row] = await manager.query(
    `SELECT coalesce(sum(CASE kind WHEN 'reserved' THEN amount_cents ELSE -amount_cents END), 0)::float8 AS outstanding, bool_or(kind = 'reserved') AS exists
     FROM ceiling_movements WHERE contract_id = $1 AND reference = $2 AND kind IN ('reserved', 'consumed', 'released')`, [contractId, reference]);
  if (!row.exists) throw notFound('Prenotazione');
  return row.outstanding;
}

/** An order consumes part of its adhesion's reservation: the amount moves from reserved to consumed. */
export async function consume(manager: EntityManager, contractId: string, tenant: string, reference: string, amountCents: number, actor: string) {
  await banditoreContract(manager, contractId, tenant);
  await manager.query('SELECT 1 FROM contracts WHERE id = $1 FOR UPDATE', [contractId]);
  const available = await outstanding(manager, contractId, reference);
  if (amountCents > available) {
    throw new AppError({ code: 'RESERVATION_EXCEEDED', status: 409, title: 'Importo oltre la prenotazione', detail: `L'importo di ${euroText(amountCents)} supera il residuo prenotato per questa adesione: ${euroText(available)}.`, extensions: { availableCents: available } });
  }
  const [after] = await updateReturning<Counters>(manager,
    `UPDATE contracts SET reserved_cents = reserved_cents - $2, consumed_cents = consumed_cents + $2 WHERE id = $1 RETURNING ${counters}`, [contractId, amountCents]);
  await record(manager, contractId, reference, 'consumed', amountCents, remainingOf(after!), actor, ceilingEvents.consumed);
  return { outcome: 'consumed' as const, amountCents, remainingCents: remainingOf(after!) };
}

/** Releases what is still reserved under a reference (the adhesion was deleted or annulled). */
export async function release(manager: EntityManager, contractId: string, tenant: string, reference: string, actor: string) {
  await banditoreContract(manager, contractId, tenant);
  await manager.query('SELECT 1 FROM contracts WHERE id = $1 FOR UPDATE', [contractId]);
  const amountCents = await outstanding(manager, contractId, reference);
  const [after] = await updateReturning<Counters>(manager,
    `UPDATE contracts SET reserved_cents = reserved_cents - $2 WHERE id = $1 RETURNING ${counters}`, [contractId, amountCents]);
  if (amountCents > 0) await record(manager, contractId, reference, 'released', amountCents, remainingOf(after!), actor, ceilingEvents.released);
  return { outcome: 'released' as const, amountCents, remainingCents: remainingOf(after!) };
}

/**
 * The ceiling as totals for everyone who may see the contract; its movements, which name each
 * adhesion and order, only for the banditore (other agencies see the others' use in aggregate).
 */
export async function ceilingState(manager: EntityManager, contractId: string, tenant: string | undefined) {
  const contract = await visibleContract(manager, contractId, tenant);
  const [now] = await manager.query(`SELECT ${counters} FROM contracts WHERE id = $1`, [contractId]);
  const movements = contract.banditore.agencyId !== tenant ? [] : await manager.query(
    `SELECT id::int, reference, kind, amount_cents::float8 AS "amountCents", remaining_after_cents::float8 AS "remainingAfterCents", created_at AS "createdAt"
     FROM ceiling_movements WHERE contract_id = $1 ORDER BY id DESC LIMIT 500`, [contractId]);
  const used = now.reserved + now.consumed;
  return {
    totalCents: now.ceiling, reservedCents: now.reserved, consumedCents: now.consumed, remainingCents: remainingOf(now),
    usedPercent: Math.floor((used * 10_000) / now.ceiling) / 100, movements,
  };
}

async function record(manager: EntityManager, contractId: string, reference: string, kind: string, amountCents: number, remainingCents: number, actor: string, event: EventContract): Promise<void> {
  await manager.query(
    'INSERT INTO ceiling_movements (contract_id, reference, kind, amount_cents, remaining_after_cents, actor) VALUES ($1, $2, $3, $4, $5, $6)',
    [contractId, reference, kind, amountCents, remainingCents, actor]);
  await appendEvent(manager, { type: event.type, source: 'catalog', subject: contractId, data: { contractId, reference, amountCents, remainingCents } });
}

/** Announces each threshold this reservation crossed; the row lock of the update orders them. */
async function announceThresholds(manager: EntityManager, contractId: string, after: Counters, addedCents: number): Promise<void> {
  const usedAfter = after.reserved + after.consumed;
  const usedBefore = usedAfter - addedCents;
  for (const threshold of thresholdsPercent) {
    const limit = (after.ceiling * threshold) / 100;
    if (usedBefore < limit && usedAfter >= limit) {
      await appendEvent(manager, {
        type: ceilingEvents.thresholdReached.type, source: 'catalog', subject: contractId,
        data: { contractId, thresholdPercent: threshold, usedCents: usedAfter, ceilingCents: after.ceiling },
      });
    }
  }
}
