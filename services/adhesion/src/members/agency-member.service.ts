import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import type { EventHandler } from '@app/platform/messaging';
import { signerRelationOf, type SignerRelation } from './agency-member.rules.js';
import { rememberSigner, signsFor } from '@app/signed-documents';

/** The people of each agency (by codice fiscale), as identity's profile events tell. */
export const profileChanged: EventHandler = async (event, manager) => {
  const data = identityEvents.profileCreated.data.parse(event.data);
  await rememberSigner(manager, {
    ...data,
    active: event.type !== identityEvents.profileDisabled.type,
  });
};

/** Whose signature a document uploaded for the agency carries. */
export async function signerRelation(
  manager: EntityManager,
  agencyId: string,
  uploaderFiscalCode: string | undefined,
  signerFiscalCode: string | null,
): Promise<SignerRelation | null> {
  const member = signerFiscalCode ? await signsFor(manager, agencyId, signerFiscalCode) : false;
  return signerRelationOf(signerFiscalCode, uploaderFiscalCode, member);
}
