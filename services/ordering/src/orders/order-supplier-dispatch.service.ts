import type { EntityManager } from 'typeorm';
import { orderingEvents } from '@app/events';
import { appendEvent } from '@app/platform/outbox';
import * as rules from './order.rules.js';
import type { Party } from './order.rules.js';
import * as store from './order.store.js';
import { orderFacts, type OrderDeps, type Scoped } from './order.service.js';

/**
 * Seed 001: the order's documents, «oltre che caricati in piattaforma, devono essere inviati al
 * Fornitore tramite PEC». At approval, ordering hands notify the supplier's PEC with the signed
 * summary sheet and the order's documents, in the approval's transaction: the PEC leaves once,
 * with exactly the files the banditore approved.
 */
export async function dispatchToSupplier(
  deps: Pick<OrderDeps, 'store'>,
  manager: EntityManager,
  scoped: Scoped,
  actor: Party,
  approval: { approvedAt: string; supplierDeadline: string; supplierMayDispute: boolean },
): Promise<void> {
  const ids = [
    ...(scoped.order.signedSheetDocumentId ? [scoped.order.signedSheetDocumentId] : []),
    ...(await store.documentsOf(manager, scoped.order.id)).map((row) => row.documentId),
  ];
  const files = [];
  for (const id of ids) {
    const found = await deps.store.read(manager, id);
    if (found) files.push(found);
  }
  const { attached, omitted } = rules.filesForPec(
    files.map(({ document, bytes }) => ({ ...document, bytes })),
  );
  await appendEvent(manager, {
    type: orderingEvents.orderSupplierDispatch.type,
    source: 'ordering',
    subject: scoped.order.id,
    tenant: scoped.order.agencyId,
    data: {
      ...(await orderFacts(manager, scoped, actor)),
      ...approval,
      documents: attached.map((file) => ({
        fileName: file.fileName,
        contentType: file.contentType,
        sha256: file.sha256,
        contentBase64: file.bytes.toString('base64'),
      })),
      omitted,
    },
  });
}
