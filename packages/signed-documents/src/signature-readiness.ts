import { AppError } from '@app/platform/errors';
import type { SignatureStatus } from './document-inspection.js';

/**
 * A document whose requirement asks for a signature counts once that signature is verified: one
 * «verifica in corso» waits for its certification authority, one found «non valida» afterwards
 * (revoked meanwhile) must be uploaded again. Documents without a required signature are not passed
 * here.
 */
export function checkSignaturesVerified(
  documents: { name: string; signatureStatus: SignatureStatus }[],
): void {
  const pending = documents
    .filter((document) => document.signatureStatus === 'verifica in corso')
    .map((document) => document.name);
  if (pending.length) {
    throw new AppError({
      code: 'SIGNATURE_VERIFICATION_PENDING',
      status: 409,
      title: 'Verifica della firma in corso',
      detail:
        `Verifica della firma in corso per: ${pending.join(', ')}. L’autorità di ` +
        `certificazione non ha ancora risposto sulla revoca del certificato del ` +
        `firmatario: potrai procedere appena la verifica sarà completata.`,
      extensions: { pending },
    });
  }
  const invalid = documents
    .filter((document) => document.signatureStatus !== 'valida')
    .map((document) => document.name);
  if (invalid.length) {
    throw new AppError({
      code: 'SIGNATURE_NOT_VALID',
      status: 422,
      title: 'Firma digitale non valida',
      detail:
        `La firma digitale di ${invalid.join(', ')} non è valida (certificato ` +
        `revocato o scaduto): carica di nuovo il documento firmato.`,
      extensions: { invalid },
    });
  }
}
