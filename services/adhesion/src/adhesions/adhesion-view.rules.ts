import type { StoredDocument } from '@app/signed-documents';
import {
  requirementsFor,
  type DocumentRequirement,
  type KnownContract,
} from '../contracts/known-contract.rules.js';
import { signerRelationLabels, type SignerRelation } from '../members/agency-member.rules.js';
import type { Adhesion } from './adhesion.rules.js';

export type SharedDocument = Omit<StoredDocument, 'uploadedBy'> & {
  signerRelation?: SignerRelation;
  signerRelationLabel?: string;
};

export interface RoundView {
  round: number;
  title: string;
  requirements: (DocumentRequirement & { document: SharedDocument | null })[];
}

/** A file of the adhesion: the requirement it answers and the stored document. */
export interface AdhesionFile {
  round: number;
  requirementId: string;
  signerRelation: SignerRelation | null;
  document: StoredDocument;
}

/**
 * Which person uploaded a file stays in the audit log; the other agency sees what the file is and
 * who signed it.
 */
export function sharedDocument(
  document: StoredDocument,
  relation: SignerRelation | null,
): SharedDocument {
  const { uploadedBy: _uploadedBy, ...shared } = document;
  return relation
    ? { ...shared, signerRelation: relation, signerRelationLabel: signerRelationLabels[relation] }
    : shared;
}

/**
 * The rounds the adhesion's ipotesi asks documents for (round 0 always), each requirement with its
 * file.
 */
export function roundViews(
  contract: KnownContract,
  adhesion: Adhesion,
  files: AdhesionFile[],
): RoundView[] {
  return contract.rounds
    .map((round, index) => ({
      round: index,
      title: round.title,
      requirements: requirementsFor(contract, index, adhesion.ipotesi).map((requirement) => {
        const file = files.find(
          (candidate) => candidate.round === index && candidate.requirementId === requirement.id,
        );
        return {
          ...requirement,
          document: file ? sharedDocument(file.document, file.signerRelation) : null,
        };
      }),
    }))
    .filter((round) => round.requirements.length > 0 || round.round === 0);
}
