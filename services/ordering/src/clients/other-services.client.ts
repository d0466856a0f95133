import { AppError, notFound, refuse, refusals } from '@app/platform/errors';

export const clientRefusals = refusals({
  ANAC_GATEWAY_UNAVAILABLE: { status: 502, title: 'Richiesta CIG non leggibile' },
  CATALOG_UNAVAILABLE: { status: 502, title: 'Massimale non verificabile' },
});

/** What ordering reads of a CIG request in the ANAC gateway. */
export interface CigRequestFacts {
  id: string;
  status: string;
  totalCents: number;
  adhesionId: string | null;
  parentCig: string;
  subject: string;
}

async function call(
  url: URL,
  bearer: string,
  timeoutMs: number,
  init: RequestInit = {},
): Promise<Response | undefined> {
  try {
    return await fetch(url, {
      ...init,
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        authorization: bearer,
        accept: 'application/json',
        'content-type': 'application/json',
      },
    });
  } catch {
    return undefined;
  }
}

/** The ANAC gateway's CIG requests, read on behalf of the person (their token travels along). */
export function anacGatewayClient(baseUrl: string, timeoutMs: number) {
  return {
    async cigRequest(id: string, bearer: string): Promise<CigRequestFacts> {
      const answer = await call(new URL(`/api/v1/cig-requests/${id}`, baseUrl), bearer, timeoutMs);
      if (answer?.status === 404) throw notFound('Richiesta CIG');
      if (!answer?.ok) {
        throw refuse(
          clientRefusals.ANAC_GATEWAY_UNAVAILABLE,
          'Il servizio delle richieste CIG non risponde: riprova tra poco.',
        );
      }
      const body = (await answer.json()) as {
        id: string;
        status: string;
        totalCents: number;
        data: { adhesionId: string | null; parentCig: string; subject: string };
      };
      return {
        id: body.id,
        status: body.status,
        totalCents: body.totalCents,
        adhesionId: body.data.adhesionId ?? null,
        parentCig: body.data.parentCig,
        subject: body.data.subject,
      };
    },
  };
}

export type AnacGatewayClient = ReturnType<typeof anacGatewayClient>;

/**
 * Catalog's ceiling, consumed while the banditore's RUP approves (their token travels along). The
 * order's id makes the consumption happen once, however often the approval is retried.
 */
export function catalogCeilingClient(baseUrl: string, timeoutMs: number) {
  return {
    async consume(
      contractId: string,
      reference: string,
      orderId: string,
      amountCents: number,
      bearer: string,
    ): Promise<void> {
      const path = `/api/v1/contracts/${contractId}/ceiling/reservations/${reference}/consume`;
      const answer = await call(new URL(path, baseUrl), bearer, timeoutMs, {
        method: 'POST',
        body: JSON.stringify({ amountCents, orderId }),
      });
      if (answer?.ok) return;
      if (!answer || answer.status >= 500) {
        throw refuse(
          clientRefusals.CATALOG_UNAVAILABLE,
          'Il servizio che tiene il massimale del contratto non risponde: ' +
            "l'approvazione non è stata registrata, riprova tra poco.",
        );
      }
      const problem = (await answer.json().catch(() => ({}))) as {
        code?: string;
        detail?: string;
        availableCents?: number;
      };
      throw new AppError({
        code:
          problem.code === 'RESERVATION_EXCEEDED'
            ? 'CEILING_EXCEEDED'
            : (problem.code ?? 'CEILING_REFUSED'),
        status: 409,
        title: 'Massimale insufficiente',
        detail: problem.detail ?? 'Il catalogo non consente di consumare la prenotazione.',
        extensions:
          problem.availableCents === undefined ? {} : { remainingCents: problem.availableCents },
      });
    },
  };
}

export type CatalogCeilingClient = ReturnType<typeof catalogCeilingClient>;
