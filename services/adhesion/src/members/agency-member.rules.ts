/** Whose signature a document carries, seen from the adhering agency. */
export type SignerRelation = 'caricatore' | 'ente' | 'esterno';

export const signerRelationLabels: Record<SignerRelation, string> = {
  caricatore: 'Firmato da chi ha caricato il documento',
  ente: "Firmato da un'altra persona dell'ente aderente",
  esterno: "Firmato da una persona che non opera per l'ente aderente",
};

/**
 * The uploader's own signature, a colleague's (an active member of the agency), or someone else's.
 */
export function signerRelationOf(
  signerFiscalCode: string | null,
  uploaderFiscalCode: string | undefined,
  signerIsMember: boolean,
): SignerRelation | null {
  if (!signerFiscalCode) return null;
  if (signerFiscalCode === uploaderFiscalCode) return 'caricatore';
  return signerIsMember ? 'ente' : 'esterno';
}
