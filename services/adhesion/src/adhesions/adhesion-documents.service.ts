import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import { inspectDocument, type ReceivedFile, type StoredDocument } from '@app/signed-documents';
import { signerRelation } from '../members/agency-member.service.js';
import * as rules from './adhesion.rules.js';
import { sharedDocument, type SharedDocument } from './adhesion-view.rules.js';
import * as files from './adhesion-documents.store.js';
import { scopedAdhesion, type AdhesionDeps, type Scoped } from './adhesion.service.js';

type Act = Command<TenantCaller>;

function requirementOf(scoped: Scoped, requirementId: string) {
  const requirement = rules.requirementOf(
    scoped.adhesion,
    scoped.side,
    scoped.contract,
    requirementId,
  );
  if (!requirement) throw notFound('Documento richiesto');
  return requirement;
}

/**
 * Who may upload, and where, is settled before a byte of the file is read (`receive` reads it);
 * then the file is checked against its requirement (type, signature when asked) and replaces any
 * earlier one.
 */
export async function uploadDocument(
  deps: AdhesionDeps,
  act: Act,
  id: string,
  requirementId: string,
  receive: () => Promise<ReceivedFile>,
): Promise<SharedDocument & Pick<StoredDocument, 'uploadedBy'>> {
  const { dataSource, store, trust } = deps;
  const tenant = act.caller.tenant;
  requirementOf(await scopedAdhesion(dataSource.manager, id, tenant), requirementId);
  const file = await receive();
  return transaction(dataSource, { ...act, idempotency: undefined }, async (manager) => {
    const scoped = await scopedAdhesion(manager, id, tenant, true);
    const requirement = requirementOf(scoped, requirementId);
    const inspected = await inspectDocument(file.bytes, {
      signatureRequired: requirement.signed,
      trust,
    });
    const signer = inspected.signature?.signerFiscalCode ?? null;
    const relation = await signerRelation(
      manager,
      scoped.adhesion.agencyId,
      act.caller.fiscalNumber,
      signer,
    );
    const round = scoped.adhesion.currentRound;
    const previous = await files.documentFor(manager, id, round, requirementId);
    const stored = await store.save(manager, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: act.caller.subject,
    });
    await files.linkDocument(manager, {
      adhesionId: id,
      round,
      requirementId,
      documentId: stored.id,
      signerRelation: relation,
    });
    if (previous) await store.remove(manager, previous);
    await audit(manager, act, 'adhesion', 'adhesion.document-uploaded', id, {
      requirementId,
      documentId: stored.id,
      sha256: stored.sha256,
    });
    return { ...sharedDocument(stored, relation), uploadedBy: stored.uploadedBy };
  });
}

export async function removeDocument(
  deps: AdhesionDeps,
  act: Act,
  id: string,
  requirementId: string,
): Promise<void> {
  await transaction(deps.dataSource, act, async (manager) => {
    const scoped = await scopedAdhesion(manager, id, act.caller.tenant, true);
    requirementOf(scoped, requirementId);
    const documentId = await files.unlinkDocument(
      manager,
      id,
      scoped.adhesion.currentRound,
      requirementId,
    );
    if (!documentId) throw notFound('Documento');
    await deps.store.remove(manager, documentId);
    await audit(manager, act, 'adhesion', 'adhesion.document-removed', id, { requirementId });
  });
}

/** A file of an adhesion the caller may see. */
export async function readDocument(
  deps: AdhesionDeps,
  caller: TenantCaller,
  id: string,
  documentId: string,
) {
  const { manager } = deps.dataSource;
  const scoped = await scopedAdhesion(manager, id, caller.tenant);
  const found = (await files.isDocumentOf(manager, scoped.adhesion.id, documentId))
    ? await deps.store.read(manager, documentId)
    : undefined;
  if (!found) throw notFound('Documento');
  return found;
}
