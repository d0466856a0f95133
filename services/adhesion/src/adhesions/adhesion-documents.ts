import type { EntityManager } from 'typeorm';
import type { Caller } from '@app/platform/auth';
import { signerRelation, signerRelationLabels } from '../members/agency-members.js';
import { AppError, notFound } from '@app/platform/errors';
import { inspectDocument, type DocumentStore, type ReceivedFile, type StoredDocument, type TrustList } from '@app/platform/documents';
import { requirementsFor } from '../contracts/known-contracts.js';
import type { Scoped } from './adhesion.js';
import { checkDocumentsOpen } from './adhesion-lifecycle.js';

/** The requirement a document answers, in the open round, for the adhesion's ipotesi. */
function requirementOf(scoped: Scoped, requirementId: string) {
  const { adhesion, contract } = scoped;
  const round = Number(requirementId.split('-')[0]);
  checkDocumentsOpen(scoped, Number.isInteger(round) ? round : -1);
  const requirement = contract.rounds[adhesion.currentRound]?.documents.find((candidate) => candidate.id === requirementId);
  if (!requirement) throw notFound('Documento richiesto');
  if (!requirementsFor(contract, adhesion.currentRound, adhesion.ipotesi).some((candidate) => candidate.id === requirementId)) {
    throw new AppError({
      code: 'DOCUMENT_NOT_IN_IPOTESI', status: 400, title: 'Documento non previsto',
      detail: `Nell'ipotesi ${adhesion.ipotesi} non si carica "${requirement.name}": è previsto solo nell'ipotesi ${requirement.ipotesi}.`,
    });
  }
  return requirement;
}

/** Checks the file against its requirement (type, signature when asked) and stores it in place of any earlier one. */
export async function putDocument(manager: EntityManager, store: DocumentStore, trust: TrustList, scoped: Scoped, requirementId: string, file: ReceivedFile, uploader: Caller): Promise<StoredDocument> {
  const requirement = requirementOf(scoped, requirementId);
  const inspected = await inspectDocument(file.bytes, { signatureRequired: requirement.signed, trust });
  const relation = await signerRelation(manager, scoped.adhesion.agencyId, uploader.fiscalNumber, inspected.signature?.signerFiscalCode ?? null);
  const [previous] = await manager.query('SELECT document_id FROM adhesion_documents WHERE adhesion_id = $1 AND round = $2 AND requirement_id = $3',
    [scoped.adhesion.id, scoped.adhesion.currentRound, requirementId]);
  const stored = await store.save(manager, { fileName: file.fileName, bytes: file.bytes, inspected, uploadedBy: uploader.subject });
  await manager.query(
    `INSERT INTO adhesion_documents (adhesion_id, round, requirement_id, document_id, signer_relation) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (adhesion_id, round, requirement_id) DO UPDATE SET document_id = EXCLUDED.document_id, signer_relation = EXCLUDED.signer_relation`,
    [scoped.adhesion.id, scoped.adhesion.currentRound, requirementId, stored.id, relation]);
  if (previous) await store.remove(manager, previous.document_id);
  return { ...stored, ...(relation ? { signerRelation: relation, signerRelationLabel: signerRelationLabels[relation] } : {}) };
}

export async function removeDocument(manager: EntityManager, store: DocumentStore, scoped: Scoped, requirementId: string): Promise<void> {
  requirementOf(scoped, requirementId);
  const [row] = await manager.query('DELETE FROM adhesion_documents WHERE adhesion_id = $1 AND round = $2 AND requirement_id = $3 RETURNING document_id',
    [scoped.adhesion.id, scoped.adhesion.currentRound, requirementId]);
  if (!row) throw notFound('Documento');
  await store.remove(manager, row.document_id);
}

/** A file of an adhesion the caller may see. */
export async function readDocument(manager: EntityManager, store: DocumentStore, scoped: Scoped, documentId: string) {
  const [link] = await manager.query('SELECT 1 FROM adhesion_documents WHERE adhesion_id = $1 AND document_id = $2', [scoped.adhesion.id, documentId]);
  const found = link ? await store.read(manager, documentId) : undefined;
  if (!found) throw notFound('Documento');
  return found;
}
