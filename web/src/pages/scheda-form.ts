import { fieldRefused } from '../api-client.js';
import { centsOf } from '../money.js';

/** The schede the RUP may create, as the menu «Crea nuova scheda» names them. */
export const schedaChoices = [
  { code: 'SC1', label: 'SC1 — Stipula del contratto' },
  { code: 'I1', label: 'I1 — Inizio dell’esecuzione' },
  { code: 'CO1', label: 'CO1 — Conclusione del contratto' },
  { code: 'CO2', label: 'CO2 — Conclusione (affidamento diretto)' },
  { code: 'ANN', label: 'ANN — Annullamento procedura' },
] as const;

export type SchedaChoice = (typeof schedaChoices)[number]['code'];

export const isSchedaChoice = (code: unknown): code is SchedaChoice =>
  schedaChoices.some((choice) => choice.code === code);

type Body = Record<string, unknown>;

const text = (body: Body, name: string) =>
  typeof body[name] === 'string' && body[name].trim() ? body[name].trim() : undefined;

const checked = (body: Body, name: string) => body[name] === 'on';

const count = (body: Body, name: string) => {
  const typed = text(body, name);
  return typed === undefined ? undefined : Number(typed);
};

/**
 * Euro typed in the form as cents; a blank optional amount is left out, an unreadable one is refused
 * beside its field.
 */
function cents(body: Body, name: string, required: boolean): number | undefined {
  const typed = text(body, name);
  if (typed === undefined && !required) return undefined;
  const amount = centsOf(typed);
  if (amount === undefined) {
    throw fieldRefused(
      'Importo non valido',
      name,
      'Indica l’importo in euro, per esempio 1.234,56.',
    );
  }
  return amount;
}

/** What the «Inserimento dati» form of each scheda sends to the API (the rest the gateway knows). */
export function schedaBodyOf(code: SchedaChoice, body: Body): Record<string, unknown> {
  const cig = text(body, 'cig');
  switch (code) {
    case 'ANN':
      return { code, cig };
    case 'SC1':
      return {
        code,
        cig,
        startDate: text(body, 'startDate'),
        endDate: text(body, 'endDate'),
        guaranteeCents: cents(body, 'guaranteeCents', true),
        signedOn: text(body, 'signedOn'),
        enforceableFrom: text(body, 'enforceableFrom'),
      };
    case 'I1':
      return {
        code,
        actualStartDate: text(body, 'actualStartDate'),
        expectedEndDate: text(body, 'expectedEndDate'),
        deliveredWithReserve: checked(body, 'deliveredWithReserve'),
        deliveredInParts: checked(body, 'deliveredInParts'),
        startedInPhases: checked(body, 'startedInPhases'),
        firstDeliveryReportDate: text(body, 'firstDeliveryReportDate'),
      };
    case 'CO1':
      return {
        code,
        completionDate: text(body, 'completionDate'),
        amountCents: cents(body, 'amountCents', false),
        accidents: count(body, 'accidents'),
        permanentInjuries: count(body, 'permanentInjuries'),
        fatalities: count(body, 'fatalities'),
      };
    case 'CO2':
      return {
        code,
        cig,
        startDate: text(body, 'startDate'),
        completionDate: text(body, 'completionDate'),
        amountCents: cents(body, 'amountCents', true),
      };
  }
}
