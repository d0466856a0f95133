import { refuse, refusals } from '@app/platform/errors';

export const agencyKinds = ['ente', 'operatore-economico', 'ordine', 'gestore'] as const;

export interface AgencyInput {
  name: string;
  kind: (typeof agencyKinds)[number];
  fiscalCode: string;
  ipaCode?: string | null;
  ausaCode?: string | null;
  ocpCode?: string | null;
  pec?: string | null;
  offices: string[];
}

export interface Office {
  id: string;
  name: string;
}
export interface Agency {
  id: string;
  name: string;
  kind: string;
  fiscalCode: string;
  ipaCode: string | null;
  ausaCode: string | null;
  ocpCode: string | null;
  pec: string | null;
  offices: Office[];
}

export const agencyRefusals = refusals({
  AGENCY_EXISTS: { status: 409, title: 'Operazione non consentita nello stato attuale' },
  OFFICE_EXISTS: { status: 409, title: 'Operazione non consentita nello stato attuale' },
  OFFICE_NOT_IN_AGENCY: { status: 400, title: 'Dati non validi' },
});

export const agencyExists = (name: string) =>
  refuse(
    agencyRefusals.AGENCY_EXISTS,
    `Un ente con lo stesso codice fiscale o codice IPA è già registrato (${name}).`,
  );
export const officeExists = (name: string) =>
  refuse(agencyRefusals.OFFICE_EXISTS, `L'ufficio «${name}» esiste già.`);
export const officeNotInAgency = () =>
  refuse(agencyRefusals.OFFICE_NOT_IN_AGENCY, "L'ufficio indicato non appartiene all'ente.");
