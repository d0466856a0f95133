import type { DataSource } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import {
  inspectDocument,
  type DocumentStore,
  type ReceivedFile,
  type TrustList,
} from '@app/signed-documents';
import { documentAt, fileOf, type ContractDocument } from './contract-documents.rules.js';
import { setDocuments } from './contract-documents.store.js';
import { ownContract, visibleContract } from './contract.service.js';

export interface ContractDocumentDeps {
  dataSource: DataSource;
  store: DocumentStore;
  trust: TrustList;
  maxUploadBytes: number;
}

type Act = Command<TenantCaller>;

/**
 * The banditore attaches the file of a listed document (a model the agencies download, fill in and
 * sign); a new file replaces the old one. Who may, and which document, is settled before a byte is
 * read.
 */
export async function attachFile(
  deps: ContractDocumentDeps,
  act: Act,
  id: string,
  index: number,
  receive: () => Promise<ReceivedFile>,
) {
  const { dataSource, store, trust } = deps;
  const contract = await visibleContract(dataSource.manager, id, act.caller.tenant);
  documentAt(contract.documents as ContractDocument[], index);
  const file = await receive();
  return transaction(dataSource, { ...act, idempotency: undefined }, async (manager) => {
    const own = await ownContract(manager, id, act.caller.tenant);
    const documents = own.documents as ContractDocument[];
    const previous = documentAt(documents, index).file;
    const inspected = await inspectDocument(file.bytes, { signatureRequired: false, trust });
    const stored = await store.save(manager, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: act.caller.subject,
    });
    const attached = {
      documentId: stored.id,
      fileName: stored.fileName,
      contentType: stored.contentType,
      sizeBytes: stored.sizeBytes,
      sha256: stored.sha256,
    };
    await setDocuments(
      manager,
      id,
      documents.map((document, at) => (at === index ? { ...document, file: attached } : document)),
    );
    if (previous) await store.remove(manager, previous.documentId);
    await audit(manager, act, 'contract', 'contract.document-attached', id, {
      index,
      title: documentAt(documents, index).title,
      sha256: stored.sha256,
    });
    return { index, title: documentAt(documents, index).title, file: attached };
  });
}

/** The file of a listed document, for anyone who may see the contract. */
export async function readFile(
  deps: ContractDocumentDeps,
  caller: TenantCaller,
  id: string,
  index: number,
) {
  const contract = await visibleContract(deps.dataSource.manager, id, caller.tenant);
  const file = fileOf(contract.documents as ContractDocument[], index);
  const found = await deps.store.read(deps.dataSource.manager, file.documentId);
  if (!found) throw new Error(`document ${file.documentId} listed but not stored`);
  return found;
}
