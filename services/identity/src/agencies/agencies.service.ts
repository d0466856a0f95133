import type { EntityManager } from 'typeorm';
import { identityEvents } from '@app/events';
import { conflict, notFound } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';

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

export interface Office { id: string; name: string }
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

const agencySelect = `SELECT a.id, a.name, a.kind, a.fiscal_code AS "fiscalCode", a.ipa_code AS "ipaCode", a.ausa_code AS "ausaCode",
    a.ocp_code AS "ocpCode", a.pec,
    COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name) FROM offices o WHERE o.agency_id = a.id), '[]') AS offices
  FROM agencies a`;

/** Registers an agency with its offices and announces it; the fiscal and IPA codes are unique. */
export async function registerAgency(manager: EntityManager, input: AgencyInput): Promise<Agency> {
  const [taken] = await manager.query('SELECT name FROM agencies WHERE fiscal_code = $1 OR ipa_code = $2', [input.fiscalCode, input.ipaCode ?? null]);
  if (taken) throw conflict(`Un ente con lo stesso codice fiscale o codice IPA è già registrato (${taken.name}).`, 'AGENCY_EXISTS');
  const [{ id }] = await manager.query(
    `INSERT INTO agencies (name, kind, fiscal_code, ipa_code, ausa_code, ocp_code, pec) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [input.name, input.kind, input.fiscalCode, input.ipaCode ?? null, input.ausaCode ?? null, input.ocpCode ?? null, input.pec ?? null]);
  for (const office of new Set(input.offices)) await manager.query('INSERT INTO offices (agency_id, name) VALUES ($1, $2)', [id, office]);
  const agency = (await agencyById(manager, id))!;
  await appendEvent(manager, {
    type: identityEvents.agencyRegistered.type, source: 'identity', subject: id, tenant: id,
    data: {
      agencyId: id, name: agency.name, kind: agency.kind, fiscalCode: agency.fiscalCode, ipaCode: agency.ipaCode,
      ausaCode: agency.ausaCode, ocpCode: agency.ocpCode, offices: agency.offices.map((o) => ({ officeId: o.id, name: o.name })),
    },
  });
  return agency;
}

export async function addOffice(manager: EntityManager, agencyId: string, name: string): Promise<Office> {
  await requireAgency(manager, agencyId);
  const [office] = await manager.query(
    'INSERT INTO offices (agency_id, name) VALUES ($1, $2) ON CONFLICT (agency_id, name) DO NOTHING RETURNING id, name', [agencyId, name]);
  if (!office) throw conflict(`L'ufficio «${name}» esiste già.`, 'OFFICE_EXISTS');
  return office;
}

export async function agencyById(manager: EntityManager, id: string): Promise<Agency | undefined> {
  const [row] = await manager.query(`${agencySelect} WHERE a.id = $1`, [id]);
  return row;
}

export async function requireAgency(manager: EntityManager, id: string): Promise<Agency> {
  const agency = await agencyById(manager, id);
  if (!agency) throw notFound('Ente');
  return agency;
}

export async function listAgencies(manager: EntityManager): Promise<Agency[]> {
  return manager.query(`${agencySelect} ORDER BY a.name`);
}
