import { AppError, refuse, refusals } from '@app/platform/errors';
import { euroText } from '@app/italian-codes';

export interface CeilingClient {
  /**
   * Reserves the amount on the contract's ceiling, on behalf of the person approving (their token
   * travels along).
   */
  reserve(
    contractId: string,
    reference: string,
    amountCents: number,
    bearer: string,
  ): Promise<void>;
}

export const ceilingRefusals = refusals({
  CATALOG_UNAVAILABLE: { status: 502, title: 'Massimale non verificabile' },
  CEILING_EXCEEDED: { status: 409, title: 'Massimale insufficiente' },
});

const unreachable = (cause: unknown) =>
  new AppError({
    ...ceilingRefusals.CATALOG_UNAVAILABLE,
    cause,
    detail:
      'Il servizio che tiene il massimale del contratto non risponde: ' +
      "l'approvazione non è stata registrata, riprova tra poco.",
  });

/**
 * Catalog's ledger, called while the RUP waits (docs/decisions/0009): the answer decides the
 * approval. The adhesion id is the reservation's reference, so a retried approval gets the first
 * answer.
 */
export function catalogCeiling(catalogUrl: string, timeoutMs: number): CeilingClient {
  const call = async (path: string, bearer: string, body?: unknown) => {
    try {
      return await fetch(new URL(path, catalogUrl), {
        method: 'POST',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          authorization: bearer,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw unreachable(error);
    }
  };
  return {
    async reserve(contractId, reference, amountCents, bearer) {
      const answer = await call(`/api/v1/contracts/${contractId}/ceiling/reservations`, bearer, {
        reference,
        amountCents,
      });
      if (answer.status === 201 || answer.status === 200) return;
      const problem = (await answer.json().catch(() => ({}))) as {
        detail?: string;
        code?: string;
        remainingCents?: number;
      };
      if (answer.status === 409 && problem.code === 'CEILING_EXCEEDED') {
        const remaining = euroText(problem.remainingCents ?? 0);
        throw refuse(
          ceilingRefusals.CEILING_EXCEEDED,
          `L'importo dell'adesione non rientra nel massimale residuo del contratto ` +
            `(residuo: ${remaining}). L'adesione resta in attesa di valutazione.`,
          { remainingCents: problem.remainingCents ?? 0 },
        );
      }
      // Catalog's own refusals (the contract suspended or closed, not this banditore's) reach the
      // RUP as they are.
      if (answer.status >= 400 && answer.status < 500) {
        throw new AppError({
          code: problem.code ?? 'CEILING_REFUSED',
          status: answer.status,
          title: 'Prenotazione sul massimale rifiutata',
          detail: problem.detail ?? 'Il catalogo non consente la prenotazione sul massimale.',
        });
      }
      throw unreachable(new Error(`catalog answered ${answer.status}`));
    },
  };
}
