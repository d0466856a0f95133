import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { actorFromRequest, recordAudit, type AuditActor } from '../audit/index.js';
import { onBehalfOf, type Caller } from '../auth/index.js';
import { idempotentRequestOf, onceForKey, type IdempotentRequest } from '../idempotency/index.js';

/**
 * What a service's command knows of the request that asked for it, without knowing HTTP: who asks,
 * what the audit log records of them, the Idempotency-Key they sent, and their credential for calls
 * to another service on their behalf.
 */
export interface Command<C extends Caller | undefined = Caller> {
  caller: C;
  actor: AuditActor;
  idempotency?: IdempotentRequest;
  /** `Bearer …` of the caller's own token (401 without one). */
  bearer(): string;
}

export function commandOf<C extends Caller | undefined>(req: Request, caller: C): Command<C> {
  // Reads never replay an answer: the key matters only to requests that change something.
  const changes = !['GET', 'HEAD'].includes(req.method);
  return {
    caller,
    actor: actorFromRequest(req, caller),
    idempotency: changes ? idempotentRequestOf(req) : undefined,
    bearer: () => onBehalfOf(req),
  };
}

/** A command run by the system itself (a job, an event handler): no request, no idempotency key. */
export function systemCommand<C extends Caller | undefined>(caller: C): Command<C> {
  return {
    caller,
    actor: { caller },
    bearer: () => {
      throw new Error('a system command has no caller credential');
    },
  };
}

/** One transaction, once per Idempotency-Key when the command carries one. */
export function transaction<T>(
  dataSource: DataSource,
  command: Command<Caller | undefined>,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return onceForKey(dataSource, command.caller?.subject ?? 'anonimo', command.idempotency, work);
}

/** Records what the command changed, in its transaction. */
export function audit(
  manager: EntityManager,
  command: Command<Caller | undefined>,
  entityType: string,
  action: string,
  entityId: string,
  details?: Record<string, unknown>,
): Promise<void> {
  return recordAudit(manager, command.actor, { action, entityType, entityId, details });
}
