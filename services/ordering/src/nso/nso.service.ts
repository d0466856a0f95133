import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction } from '@app/platform/commands';
import { notFound, refuse, defined } from '@app/platform/errors';
import { takeStep } from '@app/platform/lifecycle';
import * as directory from '../directory/directory.store.js';
import {
  type Act,
  type OrderDeps,
  type Scoped,
  record,
  scopedOrder,
  orderWithParties,
} from '../orders/order.service.js';
import * as orders from '../orders/order.store.js';
import { checkSide } from '../orders/order.rules.js';
import type { NsoClient } from './nso.client.js';
import * as rules from './nso.rules.js';
import { ublOrderResponse } from './nso-ubl.js';
import * as store from './nso.store.js';

export interface NsoDeps extends OrderDeps {
  nso: NsoClient;
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
export const romeDay = (at = new Date()) =>
  at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });
export const platformParty = { subject: 'nso', profileId: null, agencyId: null };

/** The agency's NSO settings (Amministrazione › Ordini elettronici). */
export async function nsoSettings(deps: OrderDeps, caller: TenantCaller) {
  return deps.dataSource.transaction(async (manager) => {
    const settings = await store.settingsOf(manager, caller.tenant);
    return (
      settings ?? {
        agencyId: caller.tenant,
        officeCode: '',
        enabled: false,
        enabledAt: null,
        updatedAt: null,
      }
    );
  });
}

export async function saveNsoSettings(
  deps: OrderDeps,
  act: Act,
  input: { officeCode: string; enabled: boolean },
) {
  const officeCode = rules.checkOfficeCode(input.officeCode);
  return transaction(deps.dataSource, act, async (manager) => {
    const saved = await store.saveSettings(manager, act.caller.tenant, officeCode, input.enabled);
    await audit(manager, act, 'nso-settings', 'nso-settings.saved', act.caller.tenant, {
      officeCode,
      enabled: input.enabled,
    });
    return saved;
  });
}

const view = ({ sha256: hash, ...document }: store.StoredDocument) => ({
  ...document,
  sha256: hash,
  statusLabel: rules.nsoStatusLabels[document.status],
  variantLabel: document.variant ? rules.variantLabels[document.variant] : null,
  responseLabel: document.responseCode ? rules.orderResponseLabels[document.responseCode] : null,
  advice: document.errors?.length ? rules.discardAdvice(document.errors) : null,
});

/** The order's documents on NSO, sent and received, with their receipts; the tripletta to invoice. */
export async function nsoDocuments(deps: OrderDeps, caller: TenantCaller, orderId: string) {
  return deps.dataSource.transaction(async (manager) => {
    const scoped = await scopedOrder(manager, orderId, caller.tenant);
    const documents = await store.documentsOfOrder(manager, orderId);
    return { orderId, tripletta: scoped.order.nsoId, documents: documents.map(view) };
  });
}

export async function nsoDocumentXml(
  deps: OrderDeps,
  caller: TenantCaller,
  orderId: string,
  documentId: string,
) {
  return deps.dataSource.transaction(async (manager) => {
    await scopedOrder(manager, orderId, caller.tenant);
    const document = await store.documentOfOrder(manager, orderId, documentId);
    if (!document) throw notFound('Documento NSO');
    return {
      xml: document.xml,
      fileName: `${document.kind}-${document.nsoId.replace(/[^A-Za-z0-9-]+/g, '_')}.xml`,
    };
  });
}

export interface OrderResponseInput {
  code: rules.OrderResponseCode;
  reason?: string;
  /** «Accettato con modifiche»: the quantity the supplier proposes for some lines (0 refuses one). */
  changes?: { line: number; quantity: number }[];
}

/** The parties as the order's NSO documents name them. */
async function partiesOf(manager: EntityManager, scoped: Pick<Scoped, 'order' | 'contract'>) {
  const agency = await directory.findAgency(manager, scoped.order.agencyId);
  const officeCode = rules.officeCodeOf(scoped.order.nsoId);
  return {
    buyer: { officeCode, name: agency?.name ?? '', fiscalCode: agency?.fiscalCode ?? '' },
    seller: { vat: scoped.contract.supplier.fiscalCode, name: scoped.contract.supplier.name },
  };
}

/**
 * The supplier's answer from the portal or the API: the platform writes it as an Order Response
 * (T76) and sends it through NSO, which delivers it to the buyer; it changes the order when NSO
 * delivers it (see `applyDeliveredResponse`), like one the supplier's own access point sends.
 */
export async function answerOrder(
  deps: OrderDeps,
  act: Act,
  orderId: string,
  input: OrderResponseInput,
) {
  return transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, orderId, act.caller.tenant, true);
    checkSide(scoped.side, 'fornitore');
    const documents = await store.documentsOfOrder(manager, orderId);
    const delivered = documents.some(
      (document) =>
        document.kind === 'ordine' &&
        document.variant === 'iniziale' &&
        document.status === 'consegnato',
    );
    rules.checkOrderResponse(scoped.order, delivered, input.code, input.reason);
    if (
      documents.some((document) => document.kind === 'risposta' && document.status !== 'scartato')
    )
      throw refuse(
        rules.nsoRefusals.NSO_NOT_ANSWERABLE,
        `L’ordinativo ${scoped.order.code} ha già una risposta tramite NSO.`,
      );
    const earlier = documents.filter((document) => document.kind === 'risposta').length;
    const responseId = `${rules.nsoOrderId(scoped.order.code)}-R${earlier + 1}`;
    const issueDate = romeDay();
    const parties = await partiesOf(manager, scoped);
    const xml = ublOrderResponse({
      id: responseId,
      issueDate,
      code: input.code,
      reason: input.reason?.trim(),
      orderReference: defined(scoped.order.nsoId),
      ...parties,
      lines: scoped.order.lines.map((line, index) => ({
        description: line.description,
        quantity: line.quantity,
        proposedQuantity: input.changes?.find((change) => change.line === index + 1)?.quantity,
      })),
    });
    const id = randomUUID();
    await store.addDocument(manager, {
      id,
      orderId,
      kind: 'risposta',
      variant: null,
      nsoId: rules.tripletta(responseId, issueDate, `IT${parties.seller.vat}`),
      xml,
      sha256: sha256(xml),
      status: rules.initialStatus.outgoing,
      responseCode: input.code,
      reason: input.reason?.trim() || null,
    });
    await audit(manager, act, 'order', 'order.nso-response-sent', orderId, { code: input.code });
    return { id, orderId, status: rules.initialStatus.outgoing };
  });
}

/** One of NSO's receipts applied to a document: a late or repeated one changes nothing. */
export async function documentStep(
  manager: EntityManager,
  documentId: string,
  step: 'delivered' | 'discarded',
  errors: rules.NsoError[] = [],
): Promise<void> {
  const document = await store.lockDocument(manager, documentId);
  if (!document || !rules.nsoDocumentLifecycle.can(step, document.status)) return;
  const scoped = await orderWithParties(
    manager,
    defined(await orders.getOrder(manager, document.orderId, true)),
  );
  const { order } = scoped;
  const at = new Date().toISOString();
  const facts = {
    documentId,
    kind: document.kind,
    variant: document.variant,
    documentNsoId: document.nsoId,
  };
  await takeStep(rules.nsoDocumentLifecycle, step, document, {
    save: (to) =>
      store.updateDocument(manager, documentId, {
        status: to,
        ...(errors.length ? { errors } : {}),
      }),
    record: (taken) =>
      record(manager, {
        scoped,
        action: step === 'delivered' ? 'nso-delivered' : 'nso-discarded',
        to: order.status,
        actor: platformParty,
        ...(errors.length ? { reason: rules.discardAdvice(errors) } : {}),
        event: {
          type: defined(taken.emits),
          data:
            step === 'delivered'
              ? { document: facts, deliveredAt: at }
              : { document: facts, errors, advice: rules.discardAdvice(errors), discardedAt: at },
        },
      }),
  });
}
