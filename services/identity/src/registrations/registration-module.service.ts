import type { Caller, TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound } from '@app/platform/errors';
import {
  documentStoreFrom,
  inspectDocument,
  trustListFrom,
  type DocumentStore,
  type ReceivedFile,
  type StoredDocument,
  type TrustList,
} from '@app/signed-documents';
import type { IdentityDeps } from '../identity-deps.js';
import * as rules from './registration.rules.js';
import { getRegistration } from './registration.service.js';
import * as store from './registration.store.js';

/** Where the signed modules are kept and how they are checked: made once, with the routes. */
export interface ModuleDocuments {
  store: DocumentStore;
  trust: TrustList;
}

export const moduleDocumentsOf = (deps: IdentityDeps): ModuleDocuments => ({
  store: documentStoreFrom(deps.config, 'identity'),
  trust: trustListFrom(deps.config),
});

/**
 * Seed 000: «Firmare digitalmente il modulo e inviarlo»: the agency uploads the module of its
 * waiting request, signed (a later one replaces it). Whose request, and that it still waits, is
 * settled before a byte is read.
 */
export async function attachModule(
  deps: IdentityDeps,
  { store: documents, trust }: ModuleDocuments,
  act: Command<TenantCaller>,
  id: string,
  receive: () => Promise<ReceivedFile>,
): Promise<Pick<StoredDocument, 'fileName' | 'sha256' | 'signature'>> {
  const own = async (manager = deps.dataSource.manager, lock = false) => {
    const registration = await store.findRegistration(manager, id, lock);
    if (!registration || registration.agencyId !== act.caller.tenant)
      throw rules.registrationNotFound();
    rules.checkUndecided(registration);
    return registration;
  };
  await own();
  const file = await receive();
  return transaction(deps.dataSource, { ...act, idempotency: undefined }, async (manager) => {
    const registration = await own(manager, true);
    const inspected = await inspectDocument(file.bytes, { signatureRequired: true, trust });
    const stored = await documents.save(manager, {
      fileName: file.fileName,
      bytes: file.bytes,
      inspected,
      uploadedBy: act.caller.subject,
    });
    const previous = await store.setModule(manager, id, stored.id);
    if (previous) await documents.remove(manager, previous);
    await audit(manager, act, 'registration', 'registration.module-attached', registration.id, {
      sha256: stored.sha256,
      signer: stored.signature?.signerFiscalCode ?? null,
    });
    return { fileName: stored.fileName, sha256: stored.sha256, signature: stored.signature };
  });
}

/** The signed module, for the Gestore and the agency's administrators. */
export async function readModule(
  deps: IdentityDeps,
  documents: ModuleDocuments,
  caller: Caller,
  id: string,
) {
  const registration = await getRegistration(deps, caller, id);
  const found = registration.moduleDocumentId
    ? await documents.store.read(deps.dataSource.manager, registration.moduleDocumentId)
    : undefined;
  if (!found) throw notFound('Modulo firmato');
  return found;
}
