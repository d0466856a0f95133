import type { EntityManager } from 'typeorm';
import type { Agency, AgencyInput, Office } from './agencies.rules.js';

const agencySelect = `SELECT a.id, a.name, a.kind, a.fiscal_code AS "fiscalCode", a.ipa_code AS
  "ipaCode", a.ausa_code AS "ausaCode",
    a.ocp_code AS "ocpCode", a.pec,
    COALESCE((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name) FROM
      offices o WHERE o.agency_id = a.id), '[]') AS offices
  FROM agencies a`;

/** The name of the agency already registered with this codice fiscale or IPA code, if any. */
export async function holderOfCodes(
  manager: EntityManager,
  fiscalCode: string,
  ipaCode: string | null,
): Promise<string | undefined> {
  const [taken] = await manager.query(
    'SELECT name FROM agencies WHERE fiscal_code = $1 OR ipa_code = $2',
    [fiscalCode, ipaCode],
  );
  return taken?.name;
}

export async function insertAgency(manager: EntityManager, input: AgencyInput): Promise<string> {
  const [{ id }] = await manager.query(
    `INSERT INTO agencies (name, kind, fiscal_code, ipa_code, ausa_code, ` +
      `ocp_code, pec) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      input.name,
      input.kind,
      input.fiscalCode,
      input.ipaCode ?? null,
      input.ausaCode ?? null,
      input.ocpCode ?? null,
      input.pec ?? null,
    ],
  );
  return id;
}

/** The new office, or undefined when the agency already has one with that name. */
export async function insertOffice(
  manager: EntityManager,
  agencyId: string,
  name: string,
): Promise<Office | undefined> {
  const [office] = await manager.query(
    'INSERT INTO offices (agency_id, name) VALUES ($1, $2) ON CONFLICT ' +
      '(agency_id, name) DO NOTHING RETURNING id, name',
    [agencyId, name],
  );
  return office;
}

/** Whether the office is one of the agency's. */
export async function isOfficeOf(
  manager: EntityManager,
  officeId: string,
  agencyId: string,
): Promise<boolean> {
  const rows = await manager.query('SELECT 1 FROM offices WHERE id = $1 AND agency_id = $2', [
    officeId,
    agencyId,
  ]);
  return rows.length > 0;
}

export async function agencyById(manager: EntityManager, id: string): Promise<Agency | undefined> {
  const [row] = await manager.query(`${agencySelect} WHERE a.id = $1`, [id]);
  return row;
}

export async function listAgencies(manager: EntityManager): Promise<Agency[]> {
  return manager.query(`${agencySelect} ORDER BY a.name`);
}

/** The agency registered with this codice fiscale, if any. */
export async function agencyIdWithFiscalCode(
  manager: EntityManager,
  fiscalCode: string,
): Promise<string | undefined> {
  const [row] = await manager.query('SELECT id FROM agencies WHERE fiscal_code = $1', [fiscalCode]);
  return row?.id;
}

/** The agency's office with this name, if any. */
export async function officeNamed(
  manager: EntityManager,
  agencyId: string,
  name: string,
): Promise<string | undefined> {
  const [row] = await manager.query('SELECT id FROM offices WHERE agency_id = $1 AND name = $2', [
    agencyId,
    name,
  ]);
  return row?.id;
}
