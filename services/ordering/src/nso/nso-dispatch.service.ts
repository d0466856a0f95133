import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { orderingEvents } from '@app/events';
import { defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import * as directory from '../directory/directory.store.js';
import { orderWithParties, record } from '../orders/order.service.js';
import * as orders from '../orders/order.store.js';
import type { NsoClient, NsoNotification } from './nso.client.js';
import * as rules from './nso.rules.js';
import { readOrderResponse, ublOrder } from './nso-ubl.js';
import { documentStep, platformParty, romeDay, sha256 } from './nso.service.js';
import * as store from './nso.store.js';

const scopedOf = async (manager: EntityManager, orderId: string) =>
  orderWithParties(manager, defined(await orders.getOrder(manager, orderId, true)));

/**
 * The electronic order of an approved order (or its revoca once annulled), produced from the order
 * as approved, checked by our own rules, kept as the outbox row of its transmission. An order whose
 * data our rules refuse never leaves: its document is discarded here, with what to fix.
 */
async function produce(manager: EntityManager, orderId: string, variant: 'iniziale' | 'revoca') {
  const scoped = await scopedOf(manager, orderId);
  const { order, contract } = scoped;
  const agency = defined(await directory.findAgency(manager, order.agencyId));
  const settings = await store.settingsOf(manager, order.agencyId);
  const officeCode =
    variant === 'revoca' ? rules.officeCodeOf(order.nsoId) : (settings?.officeCode ?? '');
  const issueDate = romeDay();
  const id = rules.nsoOrderId(order.code) + (variant === 'revoca' ? '-REV' : '');
  const nsoId = rules.tripletta(id, issueDate, officeCode);
  const errors = rules.checkOrderForNso({
    officeCode,
    supplierVat: contract.supplier.fiscalCode,
    cig: order.derivedCig,
  });
  const xml = ublOrder({
    variant,
    id,
    issueDate,
    note: order.subject,
    cig: order.derivedCig ?? '',
    contract: { cig: contract.cig, title: contract.title },
    buyer: { officeCode, name: agency.name, fiscalCode: agency.fiscalCode },
    seller: { vat: contract.supplier.fiscalCode, name: contract.supplier.name },
    lines: order.lines,
    validUntil: contract.expiryDate,
    ...(variant === 'revoca' ? { refersTo: defined(order.nsoId) } : {}),
  });
  const documentId = randomUUID();
  const added = await store.addDocument(manager, {
    id: documentId,
    orderId,
    kind: 'ordine',
    variant,
    nsoId,
    xml,
    sha256: sha256(xml),
    status: rules.initialStatus.outgoing,
  });
  if (!added) return;
  if (variant === 'iniziale') {
    await store.setOrderNsoId(manager, orderId, nsoId);
    scoped.order.nsoId = nsoId;
  }
  await record(manager, { scoped, action: 'nso-produced', to: order.status, actor: platformParty });
  if (errors.length) await documentStep(manager, documentId, 'discarded', errors);
}

/** One transmission: NSO accepts (delivery follows), discards at once, or cannot be reached (retry). */
async function transmit(
  manager: EntityManager,
  nso: NsoClient,
  due: { id: string; xml: string; attempts: number },
) {
  try {
    const answer = await nso.send(due.xml, due.id);
    if (answer.stato === 'accettato') {
      const document = defined(await store.lockDocument(manager, due.id));
      // NSO's delivery may already be read (a retried send): then the document is past this step.
      if (!rules.nsoDocumentLifecycle.can('transmitted', document.status)) return;
      await takeStep(rules.nsoDocumentLifecycle, 'transmitted', document, {
        save: (to) =>
          store.updateDocument(manager, due.id, {
            status: to,
            nsoMessageId: answer.messageId,
            attempts: due.attempts + 1,
          }),
      });
      return;
    }
    await store.updateDocument(manager, due.id, {
      attempts: due.attempts + 1,
      ...(answer.messageId ? { nsoMessageId: answer.messageId } : {}),
    });
    await documentStep(manager, due.id, 'discarded', answer.errori);
  } catch (error) {
    await store.updateDocument(manager, due.id, {
      attempts: due.attempts + 1,
      nextAttemptInMs: rules.retryDelayMs(due.attempts),
      lastFailure: (error as Error).message,
    });
  }
}

/**
 * An Order Response NSO delivered to one of our buyers: kept once (by NSO's message), and applied
 * to the order it names when its seller is the order's supplier: accepted is the supplier's
 * acknowledgement; rejected or accepted with changes opens the dispute, where the contract allows
 * one.
 */
async function receiveResponse(
  manager: EntityManager,
  notification: NsoNotification,
  logger: Logger,
) {
  let read;
  try {
    read = readOrderResponse(defined(notification.xml), rules.nsoRefusals.NSO_DATA_INVALID);
  } catch (error) {
    return logger.warn(
      { err: error, messageId: notification.messageId },
      'NSO delivered an unreadable Order Response',
    );
  }
  const orderId = await store.orderWithNsoId(manager, read.orderReference);
  if (!orderId)
    return logger.warn(
      { reference: read.orderReference },
      'NSO delivered a response to an unknown order',
    );
  const scoped = await scopedOf(manager, orderId);
  if (read.sellerEndpoint.replace(/^IT/i, '') !== scoped.contract.supplier.fiscalCode)
    return logger.warn(
      { orderId, seller: read.sellerEndpoint },
      'Order Response from another seller: ignored',
    );
  // The platform's own answer comes back as the message it sent; any other is kept once.
  let documentId = await store.documentWithMessage(manager, notification.messageId);
  if (!documentId) {
    documentId = randomUUID();
    const xml = defined(notification.xml);
    const added = await store.addDocument(manager, {
      id: documentId,
      orderId,
      kind: 'risposta',
      variant: null,
      nsoId: `${read.id}#${read.sellerEndpoint}`,
      xml,
      sha256: sha256(xml),
      status: rules.initialStatus.incoming,
      nsoMessageId: notification.messageId,
      responseCode: read.code,
      reason: read.reason,
    });
    if (!added) return;
  }
  await applyResponse(manager, scoped, read, documentId);
}

type Read = ReturnType<typeof readOrderResponse>;
type ScopedOrder = Awaited<ReturnType<typeof scopedOf>>;

/** Accepted: the supplier's acknowledgement; otherwise the dispute, with the response's reason. */
async function answerTheOrder(manager: EntityManager, scoped: ScopedOrder, read: Read, at: string) {
  const dispute = read.code !== 'AP';
  const label = rules.orderResponseLabels[read.code];
  const reason = dispute ? `${label}: ${read.reason ?? ''}`.trim() : null;
  await orders.updateOrder(
    manager,
    scoped.order.id,
    dispute
      ? { supplierResponse: 'contestato', disputeReason: reason }
      : { supplierResponse: 'presa-visione' },
  );
  const event = dispute
    ? { type: orderingEvents.orderDisputed.type, data: { reason: reason ?? label, disputedAt: at } }
    : {
        type: orderingEvents.orderAcknowledged.type,
        data: { automatic: false, acknowledgedAt: at },
      };
  await record(manager, {
    scoped,
    action: dispute ? 'disputed' : 'acknowledged',
    to: scoped.order.status,
    actor: platformParty,
    ...(reason ? { reason } : {}),
    event,
  });
}

/**
 * The response changes an order still waiting for its supplier, and a dispute only where the
 * contract allows one; either way it is in the order's history and the buyer is told.
 */
async function applyResponse(
  manager: EntityManager,
  scoped: ScopedOrder,
  read: Read,
  documentId: string,
) {
  const { order } = scoped;
  const open =
    order.status === 'approvato' &&
    (order.supplierResponse === 'in-attesa' || order.supplierResponse === null);
  const applied = open && (read.code === 'AP' || order.supplierMayDispute);
  const label = rules.orderResponseLabels[read.code];
  const at = new Date().toISOString();
  if (applied) await answerTheOrder(manager, scoped, read, at);
  const document = defined(await store.lockDocument(manager, documentId));
  await record(manager, {
    scoped,
    action: 'nso-response',
    to: order.status,
    actor: platformParty,
    reason: `${label}${read.reason ? `: ${read.reason}` : ''}`,
    event: {
      type: orderingEvents.orderNsoResponse.type,
      data: {
        document: { documentId, kind: 'risposta', variant: null, documentNsoId: document.nsoId },
        responseCode: read.code,
        responseLabel: label,
        reason: read.reason,
        applied,
        answeredAt: at,
      },
    },
  });
}

async function applyNotification(
  manager: EntityManager,
  notification: NsoNotification,
  logger: Logger,
) {
  if (notification.tipo === 'documento') {
    if (notification.documentType === 'OrderResponse')
      await receiveResponse(manager, notification, logger);
    return;
  }
  const documentId = notification.idempotencyKey;
  if (!documentId || !/^[0-9a-f-]{36}$/i.test(documentId)) return;
  await documentStep(
    manager,
    documentId,
    notification.tipo === 'consegna' ? 'delivered' : 'discarded',
    notification.errori ?? [],
  );
}

/**
 * The NSO worker, one pass: produce the documents approvals and annulments call for, send those due,
 * then read NSO's notifications from where the last pass stopped. Each unit of work commits alone.
 */
export function nsoPass(dataSource: DataSource, nso: NsoClient, logger: Logger) {
  return async () => {
    for (const { id } of await dataSource.transaction((manager) => store.ordersToSend(manager, 50)))
      await dataSource.transaction((manager) => produce(manager, id, 'iniziale'));
    for (const { id } of await dataSource.transaction((manager) =>
      store.ordersToCancel(manager, 50),
    ))
      await dataSource.transaction((manager) => produce(manager, id, 'revoca'));
    let sent = 0;
    for (let more = true; more && sent < 200;) {
      const due = await dataSource.transaction(async (manager) => {
        const claimed = await store.claimDue(manager, 10);
        for (const document of claimed) await transmit(manager, nso, document);
        return claimed.length;
      });
      sent += due;
      more = due === 10;
    }
    return sent + (await readNotifications(dataSource, nso, logger));
  };
}

async function readNotifications(
  dataSource: DataSource,
  nso: NsoClient,
  logger: Logger,
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const cursor = await store.cursor(manager);
    let page = await nso.notifications(cursor.lastSeq).catch(() => undefined);
    // Another stream (NSO started anew): its sequence starts again from the beginning.
    if (page && page.stream !== cursor.stream && cursor.lastSeq > 0)
      page = await nso.notifications(0).catch(() => undefined);
    if (!page) return 0;
    for (const notification of page.items) await applyNotification(manager, notification, logger);
    await store.moveCursor(manager, page.stream, page.next);
    return page.items.length;
  });
}
