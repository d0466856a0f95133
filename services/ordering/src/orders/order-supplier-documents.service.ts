import type { EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { inspectDocument, type ReceivedFile } from '@app/signed-documents';
import * as rules from './order.rules.js';
import * as store from './order.store.js';
import { scopedOrder, type OrderDeps } from './order.service.js';

type Act = Command<TenantCaller>;

/**
 * Seed 001: «Il Fornitore deve a sua volta sottoscrivere l'Accordo, predisporre e sottoscrivere la
 * “comunicazione dati tracciabilità” e restituire entrambi i documenti»: here, on the approved
 * order, signed; a new one for the same subject replaces the old.
 */
export async function returnSupplierDocument(
  deps: OrderDeps,
  act: Act,
  id: string,
  document: { kind: rules.SupplierDocumentKind; subject: string },
  receive: () => Promise<ReceivedFile>,
) {
  const subject = document.kind === 'dpa' ? '' : document.subject.trim();
  const check = async (manager: EntityManager, lock = false) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, lock);
    rules.checkSupplierReturn(scoped.side, scoped.order, document.kind, subject);
  };
  await check(deps.dataSource.manager);
  const file = await receive();
  return transaction(deps.dataSource, { ...act, idempotency: undefined }, async (manager) => {
    await check(manager, true);
    const inspected = await inspectDocument(file.bytes, {
      signatureRequired: true,
      trust: deps.trust,
    });
    const stored = await deps.store.save(manager, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: act.caller.subject,
    });
    const previous = await store.keepSupplierDocument(manager, {
      orderId: id,
      kind: document.kind,
      subject,
      documentId: stored.id,
    });
    if (previous) await deps.store.remove(manager, previous);
    await audit(manager, act, 'order', 'order.supplier-document-returned', id, {
      kind: document.kind,
      subject,
      sha256: stored.sha256,
    });
    return {
      kind: document.kind,
      kindLabel: rules.supplierDocumentKinds[document.kind],
      subject,
      documentId: stored.id,
      fileName: stored.fileName,
    };
  });
}
