import { checkCharacter } from '@app/italian-codes';
import { waitFor } from '@app/platform/testing';
import type { DemoPlatform } from '../../scripts/demo-platform.js';
import type { Session } from '../../scripts/gateway-client.js';

/** The provider's back office, as the simulator shows it (plain HTTP beside the partner interface). */
export const backOffice = (demo: DemoPlatform) => `${demo.simulators.pec.httpUrl}/_sim/partner`;

export async function providerBoxes(demo: DemoPlatform): Promise<
  {
    indirizzo: string;
    ordine: string;
    stato: string;
    codiceFiscale: string;
    telefono: string | null;
  }[]
> {
  return (await fetch(`${backOffice(demo)}/boxes`)).json();
}

export async function providerCases(
  demo: DemoPlatform,
): Promise<
  { id: string; tipo: string; stato: string; indirizzo: string | null; foglio?: string }[]
> {
  return (await fetch(`${backOffice(demo)}/cases`)).json();
}

export const inject = (demo: DemoPlatform, fault: unknown) =>
  fetch(`${backOffice(demo)}/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });

export const closeCase = (demo: DemoPlatform, id: string, esito: string, motivo: string) =>
  fetch(`${backOffice(demo)}/cases/${id}/close`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ esito, motivo }),
  });

/** Waits until the request leaves `richiesta`/`inviata` and returns it as the Order reads it. */
export function settled(session: Session, id: string, timeoutMs = 15_000) {
  return waitFor(
    async () => {
      const request = await session.call('GET', `/api/v1/pec/requests/${id}`);
      return ['eseguita', 'rifiutata'].includes(request.state) ? request : undefined;
    },
    timeoutMs,
    100,
  );
}

/** The mailbox once it is in one of `states`. */
export function mailboxIn(session: Session, id: string, states: string[], timeoutMs = 15_000) {
  return waitFor(
    async () => {
      const box = await session.call('GET', `/api/v1/pec/mailboxes/${id}`);
      return states.includes(box.state) ? box : undefined;
    },
    timeoutMs,
    100,
  );
}

/** A CSV file as the portal's upload sends it (multipart, field `file`). */
export function csvUpload(session: Session, path: string, text: string, fileName = 'iscritti.csv') {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), fileName);
  return session.raw('POST', path, { body: form });
}

/** A valid codice fiscale of a woman born on day `n` of January 1990 in Firenze. */
export const fiscalCode = (n: number) => {
  const first15 = `VRDSRA90A${String(40 + n).padStart(2, '0')}D612`;
  return first15 + checkCharacter(first15);
};

export const member = (n: number, overrides: Record<string, unknown> = {}) => ({
  givenName: 'Sara',
  familyName: `Verdi${'abcdefghijklmnopqrst'[n]}`,
  fiscalCode: fiscalCode(n),
  registrationNumber: `T-${n}`,
  registeredOn: '2026-11-02',
  referenceEmail: `iscritto${n}@example.org`,
  phone: '+39 055 100000',
  ...overrides,
});
