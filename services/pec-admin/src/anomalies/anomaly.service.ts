import type { DataSource, EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { transaction, type Command } from '@app/platform/commands';
import { appendEvent } from '@app/platform/outbox';
import { pecEvents } from '@app/events';
import { ask, request } from '../requests/request.service.js';
import type { Outcomes } from '../requests/request.service.js';
import type { LedgerRow } from '../requests/request.store.js';
import * as requests from '../requests/request.store.js';
import { anomalyKinds, type AnomalyKind } from './anomaly.rules.js';

const kind = 'segnalazione-anomalia' as const;

/** An Order reports an anomaly of its panel: a request to the provider, with its thread. */
export function report(
  dataSource: DataSource,
  act: Command<TenantCaller>,
  body: { kind: AnomalyKind; address?: string; description: string },
) {
  return transaction(dataSource, act, async (manager) => {
    const saved = await ask(manager, act, {
      kind,
      payload: {
        tipo: body.kind,
        indirizzo: body.address ?? null,
        descrizione: `${anomalyKinds[body.kind]}. ${body.description}`,
      },
      thread: [{ da: 'ordine', testo: body.description, il: new Date().toISOString() }],
    });
    await appendEvent(manager, {
      type: pecEvents.anomalyReported.type,
      source: 'pec-admin',
      subject: saved.id,
      tenant: act.caller.tenant,
      data: {
        requestId: saved.id,
        orderAgencyId: act.caller.tenant,
        kind: body.kind,
        address: body.address ?? null,
      },
    });
    return requests.find(manager, act.caller.tenant, saved.id);
  });
}

export const anomalies = (dataSource: DataSource, caller: TenantCaller) =>
  requests.list(dataSource.manager, caller.tenant, { kinds: [kind] }).then((items) => ({ items }));

export const anomaly = (dataSource: DataSource, caller: TenantCaller, id: string) =>
  request(dataSource, caller, id, [kind]);

async function resolved(manager: EntityManager, row: LedgerRow, outcome: string, reason: string) {
  await appendEvent(manager, {
    type: pecEvents.anomalyResolved.type,
    source: 'pec-admin',
    subject: row.id,
    tenant: row.orderAgencyId,
    data: {
      requestId: row.id,
      orderAgencyId: row.orderAgencyId,
      address: row.payload.indirizzo ?? null,
      outcome,
      reason,
    },
  });
}

/** The provider closed the report: moved, corrected or rejected, with its reason. */
export const anomalyOutcome: Outcomes = {
  [kind]: {
    done: (manager, row, answer) =>
      resolved(manager, row, String(answer.esito ?? 'eseguita'), String(answer.motivo ?? '')),
    refused: (manager, row, reason) => resolved(manager, row, 'respinta', reason),
  },
};
