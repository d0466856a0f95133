import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { anacEvents, orderingEvents } from '@app/events';
import type { Caller } from '@app/platform/auth';
import { AppError } from '@app/platform/errors';
import type { EventHandler } from '@app/platform/messaging';
import { appendEvent } from '@app/platform/outbox';
import { explainOwnRefusal } from '../pcp/anac-errors.rules.js';
import type { PcpClient } from '../pcp/pcp-client.js';
import { loadRequest, rupFor, startConfirmation } from './cig-request.service.js';
import { startAcquisition } from './cig-request.store.js';

type Command = ReturnType<typeof orderingEvents.appaltoConfirmationRequested.data.parse>;

const callerOf = (command: Command): Caller & { tenant: string } => ({
  subject: command.requestedBy.subject,
  fiscalNumber: command.requestedBy.fiscalCode,
  tenant: command.agencyId,
  roles: command.requestedBy.roles,
  authMethod: command.requestedBy.authMethod as Caller['authMethod'],
  acr: command.requestedBy.acr ?? undefined,
  scopes: [],
});

interface CommandDeps {
  dataSource: DataSource;
  pcp: PcpClient | undefined;
  wake: () => void;
  logger: Logger;
}

type Manager = Parameters<EventHandler>[1];

/** A command that may not go to ANAC: anac.appalto.rejected says why, and nothing is sent. */
async function rejectCommand(manager: Manager, command: Command, error: AppError) {
  const request = await loadRequest(manager, command.cigRequestId, command.agencyId).catch(
    () => undefined,
  );
  await appendEvent(manager, {
    type: anacEvents.appaltoRejected.type,
    source: 'anac-gateway',
    subject: command.cigRequestId,
    tenant: command.agencyId,
    data: {
      cigRequestId: command.cigRequestId,
      agencyId: command.agencyId,
      codiceAppalto: request?.data.codiceAppalto ?? '',
      parentCig: request?.data.parentCig ?? '',
      adhesionId: request?.data.adhesionId ?? null,
      idAppalto: request?.idAppalto ?? null,
      errors: explainOwnRefusal(error),
    },
  });
}

/**
 * Runs a command; a refusal of ours (4xx) becomes the rejection event, anything else is retried.
 */
async function refusedAsEvent(
  manager: Manager,
  command: Command,
  work: () => Promise<void>,
  onRefusal?: (error: AppError) => void,
) {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    onRefusal?.(error);
    await rejectCommand(manager, command, error);
  }
}

/**
 * The ANAC commands ordering sends. The RUP's identity travels with the command and is checked as a
 * route would check it; a command that may not go to ANAC is answered with anac.appalto.rejected,
 * and nothing is sent. A redelivered command finds the request already in progress and changes
 * nothing.
 */
export function cigCommandHandlers(deps: CommandDeps): Record<string, EventHandler> {
  return {
    [orderingEvents.appaltoConfirmationRequested.type]: async (event, manager) => {
      const command = orderingEvents.appaltoConfirmationRequested.data.parse(event.data);
      await refusedAsEvent(manager, command, async () => {
        const rup = await rupFor(manager, callerOf(command));
        const request = await loadRequest(manager, command.cigRequestId, command.agencyId, true);
        await startConfirmation(manager, request, rup);
        // Usually taken at once; if this transaction has not committed yet, the worker's next tick
        // takes it.
        setImmediate(deps.wake);
      });
    },
    [orderingEvents.cigAcquisitionRequested.type]: async (event, manager) => {
      const command = orderingEvents.cigAcquisitionRequested.data.parse(event.data);
      const logRefusal = (error: AppError) =>
        deps.logger.warn(
          { cigRequestId: command.cigRequestId, code: error.code },
          'CIG acquisition command refused',
        );
      await refusedAsEvent(
        manager,
        command,
        async () => {
          const rup = await rupFor(manager, callerOf(command));
          const request = await loadRequest(manager, command.cigRequestId, command.agencyId, true);
          // Only recorded here: recupera-cig is the worker's, so no message holds a connection
          // while ANAC answers.
          await startAcquisition(manager, request.id, rup);
          setImmediate(deps.wake);
        },
        logRefusal,
      );
    },
  };
}
