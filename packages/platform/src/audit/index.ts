import type { Request } from 'express';
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/index.js';
import { currentContext } from '../context/index.js';

/** Who did it and from where; taken from the verified caller and the request. */
export interface AuditActor {
  caller?: Caller;
  ip?: string;
  userAgent?: string;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string;
  details?: Record<string, unknown>;
}

/**
 * Builds the actor of an HTTP request (the gateway sets X-Forwarded-For; express honours trust
 * proxy).
 */
export function actorFromRequest(req: Request, caller: Caller | undefined): AuditActor {
  return { caller, ip: req.ip, userAgent: req.header('user-agent') ?? undefined };
}

/** Records a state change in the same transaction as the change itself. */
export async function recordAudit(
  manager: EntityManager,
  actor: AuditActor,
  entry: AuditEntry,
): Promise<void> {
  const caller = actor.caller;
  await manager.query(
    `INSERT INTO audit_log (tenant, person, profile, auth_method, action, entity_type, entity_id,
      ip, user_agent, correlation_id, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      caller?.tenant ?? null,
      caller?.subject ?? null,
      caller?.profileId ?? null,
      caller?.authMethod ?? null,
      entry.action,
      entry.entityType,
      entry.entityId ?? null,
      actor.ip ?? null,
      actor.userAgent ?? null,
      currentContext()?.correlationId ?? null,
      JSON.stringify(entry.details ?? {}),
    ],
  );
}

/** One line of an entity's audit trail, as an administrator reads it. */
export interface AuditTrailEntry {
  at: string;
  action: string;
  /** The action in the capability's own Italian words, or its code when it has none. */
  actionLabel: string;
  /** The agency on whose behalf it was done; null for the platform itself (a job, an answer). */
  agencyId: string | null;
  person: string | null;
  profile: string | null;
  authMethod: string | null;
  correlationId: string | null;
  details: Record<string, unknown>;
  /** Network data only for the reader's own agency's lines: another agency's is not theirs. */
  ip?: string | null;
  userAgent?: string | null;
}

interface AuditRow {
  at: Date;
  action: string;
  tenant: string | null;
  person: string | null;
  profile: string | null;
  auth_method: string | null;
  correlation_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  user_agent: string | null;
}

/** The most lines a trail answers with: an entity's whole life fits, a runaway loop does not. */
export const auditTrailLimit = 1000;

/**
 * The audit trail of one entity, oldest first, as the reader's agency may read it. The caller has
 * already checked that the reader may see the entity itself.
 */
export async function auditTrailOf(
  manager: EntityManager,
  entity: { type: string; id: string },
  readerAgencyId: string,
  labels: Record<string, string> = {},
): Promise<AuditTrailEntry[]> {
  const rows: AuditRow[] = await manager.query(
    `SELECT at, action, tenant, person, profile, auth_method, correlation_id, details, ip, user_agent
       FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY at, id LIMIT $3`,
    [entity.type, entity.id, auditTrailLimit],
  );
  return rows.map((row) => ({
    at: row.at.toISOString(),
    action: row.action,
    // «order.approved» is labelled by «approved», as the entity's history calls it.
    actionLabel: labels[row.action.slice(row.action.indexOf('.') + 1)] ?? row.action,
    agencyId: row.tenant,
    person: row.person,
    profile: row.profile,
    authMethod: row.auth_method,
    correlationId: row.correlation_id,
    details: row.details,
    ...(row.tenant === readerAgencyId ? { ip: row.ip, userAgent: row.user_agent } : {}),
  }));
}

/** The answer of every «Registro delle operazioni» route, for the OpenAPI document. */
export const auditTrailSchema = z.array(
  z.object({
    at: z.string().describe('Quando (ISO 8601)'),
    action: z.string().describe('L’operazione, per esempio order.approved'),
    actionLabel: z.string().describe('L’operazione in italiano'),
    agencyId: z.string().nullable().describe('L’ente per cui è stata fatta; null: la piattaforma'),
    person: z.string().nullable(),
    profile: z.string().nullable(),
    authMethod: z.string().nullable().describe('spid, cie, cns, password, client'),
    correlationId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    ip: z.string().nullable().optional().describe('Solo per le operazioni del proprio ente'),
    userAgent: z.string().nullable().optional(),
  }),
);
