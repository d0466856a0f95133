import type { Request } from 'express';
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
