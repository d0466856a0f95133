import type { SignatureStatus } from '@app/signed-documents';
import { updateReturning } from '@app/platform/db';
import type { EntityManager } from 'typeorm';
import { documentOf } from '@app/signed-documents';
import type { SignerRelation } from '../members/agency-member.rules.js';
import type { AdhesionFile } from './adhesion-view.rules.js';

/** The requirement ids of the round that already have a file. */
export async function uploadedIn(
  manager: EntityManager,
  adhesionId: string,
  round: number,
): Promise<string[]> {
  const rows = await manager.query<{ requirement_id: string }[]>(
    'SELECT requirement_id FROM adhesion_documents WHERE adhesion_id = $1 AND round = $2',
    [adhesionId, round],
  );
  return rows.map((row) => row.requirement_id);
}

/** Where each uploaded document's signature stands, for the round's requirements. */
export async function signatureStatesIn(
  manager: EntityManager,
  adhesionId: string,
  round: number,
): Promise<{ requirementId: string; signatureStatus: SignatureStatus }[]> {
  return manager.query(
    `SELECT a.requirement_id AS "requirementId", d.signature_status AS "signatureStatus"
       FROM adhesion_documents a JOIN documents d ON d.id = a.document_id WHERE a.adhesion_id = $1
         AND a.round = $2`,
    [adhesionId, round],
  );
}

export async function documentFor(
  manager: EntityManager,
  adhesionId: string,
  round: number,
  requirementId: string,
): Promise<string | undefined> {
  const [row] = await manager.query(
    'SELECT document_id FROM adhesion_documents WHERE adhesion_id = $1 AND ' +
      'round = $2 AND requirement_id = $3',
    [adhesionId, round, requirementId],
  );
  return row?.document_id;
}

export interface DocumentLink {
  adhesionId: string;
  round: number;
  requirementId: string;
  documentId: string;
  signerRelation: SignerRelation | null;
}

/** The file that answers a requirement, in place of any earlier one. */
export async function linkDocument(manager: EntityManager, link: DocumentLink): Promise<void> {
  await manager.query(
    `INSERT INTO adhesion_documents (adhesion_id, round, requirement_id, document_id,
      signer_relation)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (adhesion_id, round, requirement_id)
       DO UPDATE SET document_id = EXCLUDED.document_id, signer_relation =
         EXCLUDED.signer_relation`,
    [link.adhesionId, link.round, link.requirementId, link.documentId, link.signerRelation],
  );
}

/** Unlinks the requirement's file and answers its id (undefined when there was none). */
export async function unlinkDocument(
  manager: EntityManager,
  adhesionId: string,
  round: number,
  requirementId: string,
): Promise<string | undefined> {
  // A DELETE … RETURNING comes back from TypeORM as [rows, count]: updateReturning reads the rows.
  const [row] = await updateReturning<{ document_id: string }>(
    manager,
    `DELETE FROM adhesion_documents WHERE adhesion_id = $1 AND round = $2 AND requirement_id = $3
     RETURNING document_id`,
    [adhesionId, round, requirementId],
  );
  return row?.document_id;
}

export async function isDocumentOf(
  manager: EntityManager,
  adhesionId: string,
  documentId: string,
): Promise<boolean> {
  const rows = await manager.query(
    'SELECT 1 FROM adhesion_documents WHERE adhesion_id = $1 AND document_id = $2',
    [adhesionId, documentId],
  );
  return rows.length > 0;
}

/** Every file of the adhesion with the document's stored facts. */
export async function filesOf(manager: EntityManager, adhesionId: string): Promise<AdhesionFile[]> {
  const rows = await manager.query(
    `SELECT ad.round, ad.requirement_id, ad.signer_relation, d.*
     FROM adhesion_documents ad JOIN documents d ON d.id = ad.document_id WHERE ad.adhesion_id =
       $1`,
    [adhesionId],
  );
  return rows.map(
    (
      row: Parameters<typeof documentOf>[0] & {
        round: number;
        requirement_id: string;
        signer_relation: SignerRelation | null;
      },
    ) => ({
      round: row.round,
      requirementId: row.requirement_id,
      signerRelation: row.signer_relation,
      document: documentOf(row),
    }),
  );
}
