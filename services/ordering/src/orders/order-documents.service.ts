import { createHash } from 'node:crypto';
import {
  inspectDocument,
  signsFor,
  type ReceivedFile,
  type StoredDocument,
} from '@app/signed-documents';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction } from '@app/platform/commands';
import { notFound, refuse, defined } from '@app/platform/errors';
import * as directory from '../directory/directory.store.js';
import * as rules from './order.rules.js';
import * as store from './order.store.js';
import {
  partyOf,
  record,
  scopedOrder,
  type Act,
  type OrderDeps,
  type Scoped,
} from './order.service.js';
import { summarySheet } from './summary-sheet.js';

/**
 * A requirement of the contract's "RICHIESTE PER ORDINATIVI FORNITURA", by its position (1, 2…).
 */
function requirementOf(scoped: Scoped, requirementId: string) {
  const requirement = scoped.contract.orderRequirements[Number(requirementId) - 1];
  if (!requirement)
    throw refuse(
      rules.orderRefusals.DOCUMENT_NOT_REQUIRED,
      'Il contratto non richiede questo documento per gli ordinativi.',
    );
  return requirement;
}

/**
 * Uploads a document the contract asks of orders, signed where it says so; who and where is settled
 * before reading the file.
 */
export async function uploadDocument(
  deps: OrderDeps,
  act: Act,
  id: string,
  requirementId: string,
  receive: () => Promise<ReceivedFile>,
) {
  const before = await scopedOrder(deps.dataSource.manager, id, act.caller.tenant);
  rules.checkSide(before.side, 'ordinante');
  rules.checkDocumentsOpen(before.order);
  const requirement = requirementOf(before, requirementId);
  const file = await receive();
  const inspected = await inspectDocument(file.bytes, {
    signatureRequired: requirement.signed,
    trust: deps.trust,
  });
  return transaction(deps.dataSource, { ...act, idempotency: undefined }, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkDocumentsOpen(scoped.order);
    const previous = await store.documentFor(manager, id, requirementId);
    const stored = await deps.store.save(manager, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: act.caller.subject,
    });
    await store.linkDocument(manager, id, requirementId, stored.id);
    if (previous) await deps.store.remove(manager, previous);
    await audit(manager, act, 'order', 'order.document-uploaded', id, {
      requirementId,
      documentId: stored.id,
      sha256: stored.sha256,
    });
    return stored;
  });
}

export async function removeDocument(
  deps: OrderDeps,
  act: Act,
  id: string,
  requirementId: string,
): Promise<void> {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedOrder(manager, id, act.caller.tenant, true);
    rules.checkSide(scoped.side, 'ordinante');
    rules.checkDocumentsOpen(scoped.order);
    requirementOf(scoped, requirementId);
    const documentId = await store.unlinkDocument(manager, id, requirementId);
    if (!documentId) throw notFound('Documento');
    await deps.store.remove(manager, documentId);
    await audit(manager, act, 'order', 'order.document-removed', id, { requirementId });
  });
}

/** A file of an order the caller may see. */
export async function readDocument(
  deps: OrderDeps,
  caller: TenantCaller,
  id: string,
  documentId: string,
) {
  const { manager } = deps.dataSource;
  await scopedOrder(manager, id, caller.tenant);
  const found = (await store.isDocumentOf(manager, id, documentId))
    ? await deps.store.read(manager, documentId)
    : undefined;
  if (!found) throw notFound('Documento');
  return found;
}

/** The sheet's facts, from the order, its contract, its agency and the gateway's answers. */
async function sheetFacts(deps: OrderDeps, scoped: Scoped) {
  const { order, contract } = scoped;
  const { manager } = deps.dataSource;
  const agency = await directory.findAgency(manager, order.agencyId);
  const history = (await store.historyOf(manager, order.id)) as {
    action: string;
    at: Date;
    reason: string | null;
  }[];
  const adhesions = await directory.approvedAdhesionsOf(
    manager,
    contract.contractId,
    order.agencyId,
  );
  return {
    orderCode: order.code,
    orderDate: new Date(order.createdAt),
    agency: { name: agency?.name ?? '', fiscalCode: agency?.fiscalCode ?? '' },
    contract: { title: contract.title, cig: contract.cig, cup: contract.cup },
    supplier: contract.supplier,
    derivedCig: defined(order.derivedCig),
    subject: order.subject,
    adhesionCode:
      adhesions.find((adhesion) => adhesion.adhesionId === order.adhesionId)?.code ?? null,
    lines: order.lines,
    totalCents: order.totalCents,
    rupFiscalCode: order.rupFiscalCode,
    cigAcquiredOn: history.find((entry) => entry.action === 'cig-acquired')?.at ?? null,
  };
}

/**
 * Passo 2: the "Scheda di sintesi ordinativo di fornitura", generated once and kept, so the file
 * the person signs is the very file the platform compares the signed one with.
 */
export async function downloadSheet(
  deps: OrderDeps,
  act: Act,
  id: string,
): Promise<{ document: StoredDocument; bytes: Buffer }> {
  const scoped = await scopedOrder(deps.dataSource.manager, id, act.caller.tenant);
  rules.checkSide(scoped.side, 'ordinante');
  if (!scoped.order.sheetDocumentId) rules.checkSheetAvailable(scoped.order);
  const bytes = scoped.order.sheetDocumentId
    ? undefined
    : await summarySheet(await sheetFacts(deps, scoped));
  const documentId = await transaction(
    deps.dataSource,
    { ...act, idempotency: undefined },
    async (manager) => {
      const locked = await scopedOrder(manager, id, act.caller.tenant, true);
      if (locked.order.sheetDocumentId || !bytes) return defined(locked.order.sheetDocumentId);
      const inspected = await inspectDocument(bytes, {
        signatureRequired: false,
        trust: deps.trust,
      });
      const fileName = `scheda-sintesi-${locked.order.code.replace('/', '-')}.pdf`;
      const stored = await deps.store.save(manager, {
        fileName,
        bytes,
        inspected,
        uploadedBy: 'ordering',
      });
      await store.updateOrder(manager, id, {
        sheetDocumentId: stored.id,
        sheetSha256: stored.sha256,
      });
      return stored.id;
    },
  );
  return defined(await deps.store.read(deps.dataSource.manager, documentId));
}

/**
 * Checks an uploaded signed sheet before anything is stored: signed, wrapping our sheet byte for
 * byte, by an active person of the ordering agency. Answers what it found and who signed.
 */
async function inspectSignedSheet(deps: OrderDeps, order: rules.Order, file: ReceivedFile) {
  const { manager } = deps.dataSource;
  const inspected = await inspectDocument(file.bytes, {
    signatureRequired: true,
    trust: deps.trust,
  });
  const sheet = order.sheetDocumentId
    ? await deps.store.read(manager, order.sheetDocumentId)
    : undefined;
  if (!sheet || !order.sheetSha256) throw sheetNotDownloaded();
  const pdfSha256 = createHash('sha256').update(inspected.pdf).digest('hex');
  rules.checkSheetMatches(
    inspected.pdf,
    inspected.contentType,
    sheet.bytes,
    order.sheetSha256,
    pdfSha256,
  );
  const signer = inspected.signature?.signerFiscalCode ?? null;
  rules.checkSignerOfAgency(
    signer ? await signsFor(manager, order.agencyId, signer) : false,
    inspected.signature?.signerName ?? null,
  );
  return { inspected, signer };
}

const sheetNotDownloaded = () =>
  refuse(
    rules.orderRefusals.SHEET_NOT_AVAILABLE,
    'Scarica prima la scheda di sintesi generata dal sistema, poi firmala e ricaricala.',
  );

/**
 * The signed sheet: signed, wrapping our sheet byte for byte, by a person of the ordering agency.
 * Anything else is refused and nothing is stored.
 */
export async function uploadSignedSheet(
  deps: OrderDeps,
  act: Act,
  id: string,
  receive: () => Promise<ReceivedFile>,
) {
  const before = await scopedOrder(deps.dataSource.manager, id, act.caller.tenant);
  rules.checkSide(before.side, 'ordinante');
  rules.checkSheetAvailable(before.order);
  if (!before.order.sheetDocumentId) throw sheetNotDownloaded();
  const file = await receive();
  const { inspected, signer } = await inspectSignedSheet(deps, before.order, file);
  return transaction(deps.dataSource, { ...act, idempotency: undefined }, async (tx) => {
    const scoped = await scopedOrder(tx, id, act.caller.tenant, true);
    rules.checkSheetAvailable(scoped.order);
    const stored = await deps.store.save(tx, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: act.caller.subject,
    });
    if (scoped.order.signedSheetDocumentId)
      await deps.store.remove(tx, scoped.order.signedSheetDocumentId);
    await store.updateOrder(tx, id, { signedSheetDocumentId: stored.id });
    const actor = partyOf(act.caller);
    const step = {
      scoped,
      action: 'sheet-signed',
      to: scoped.order.status,
      actor,
      reason: signer ?? undefined,
    };
    await record(tx, step);
    await audit(tx, act, 'order', 'order.sheet-signed', id, {
      documentId: stored.id,
      sha256: stored.sha256,
    });
    return stored;
  });
}
