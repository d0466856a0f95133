import type { EntityManager } from 'typeorm';

export interface Person {
  personId: string;
  fiscalCode: string;
  givenName: string;
  familyName: string;
  email: string | null;
}
export interface Member {
  profileId: string;
  personId: string;
  agencyId: string;
  roles: string[];
  active: boolean;
}

export async function savePerson(manager: EntityManager, person: Person): Promise<void> {
  await manager.query(
    `INSERT INTO people (person_id, fiscal_code, given_name, family_name, email) VALUES ($1, $2,
      $3, $4, $5)
     ON CONFLICT (person_id) DO UPDATE SET fiscal_code = EXCLUDED.fiscal_code, given_name =
       EXCLUDED.given_name,
       family_name = EXCLUDED.family_name, email = EXCLUDED.email`,
    [person.personId, person.fiscalCode, person.givenName, person.familyName, person.email],
  );
}

export async function saveMember(manager: EntityManager, member: Member): Promise<void> {
  await manager.query(
    `INSERT INTO recipients (profile_id, person_id, agency_id, roles, active) VALUES ($1, $2, $3,
      $4, $5)
     ON CONFLICT (profile_id) DO UPDATE SET person_id = EXCLUDED.person_id, agency_id =
       EXCLUDED.agency_id,
       roles = EXCLUDED.roles, active = EXCLUDED.active`,
    [member.profileId, member.personId, member.agencyId, member.roles, member.active],
  );
}

/**
 * A person to address: the profile they act with, their agency, how to greet them and where to
 * write.
 */
export interface Addressee {
  profileId: string;
  agencyId: string;
  name: string;
  email: string | null;
}

const addresseeColumns = `r.profile_id AS "profileId", r.agency_id AS "agencyId",
  coalesce(p.given_name || ' ' || p.family_name, '') AS name, p.email`;

/** The active profiles an audience names, with their person's name and e-mail when known. */
export async function addressees(
  manager: EntityManager,
  audience: { profileId: string } | { agencyId: string; roles: string[] },
): Promise<Addressee[]> {
  if ('profileId' in audience) {
    return manager.query(
      `SELECT ${addresseeColumns} FROM recipients r LEFT JOIN people p USING ` +
        `(person_id) WHERE r.profile_id = $1 AND r.active`,
      [audience.profileId],
    );
  }
  return manager.query(
    `SELECT ${addresseeColumns} FROM recipients r LEFT JOIN people p USING (person_id)
     WHERE r.agency_id = $1 AND r.active AND r.roles && $2::text[] ORDER BY r.profile_id`,
    [audience.agencyId, audience.roles],
  );
}

export async function saveAgency(
  manager: EntityManager,
  agency: { agencyId: string; name: string; kind: string; fiscalCode: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO agencies (agency_id, name, kind, fiscal_code) VALUES ($1, $2, $3, $4)
     ON CONFLICT (agency_id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, fiscal_code
       = EXCLUDED.fiscal_code`,
    [agency.agencyId, agency.name, agency.kind, agency.fiscalCode],
  );
}

export async function agencyName(
  manager: EntityManager,
  agencyId: string,
): Promise<string | undefined> {
  const [row] = await manager.query('SELECT name FROM agencies WHERE agency_id = $1', [agencyId]);
  return row?.name;
}

export interface ContractFacts {
  contractId: string;
  banditoreAgencyId: string;
  title: string;
  cig: string;
  supplierName: string;
  supplierPec: string;
  supplierFiscalCode: string;
  status: string;
  version: number;
}

/**
 * Keeps the newest version of a contract's facts (events of older versions arriving late change
 * nothing).
 */
export async function saveContract(manager: EntityManager, contract: ContractFacts): Promise<void> {
  await manager.query(
    `INSERT INTO contracts (contract_id, banditore_agency_id, title, cig, supplier_name,
      supplier_pec, supplier_fiscal_code, status, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (contract_id) DO UPDATE SET banditore_agency_id = EXCLUDED.banditore_agency_id,
       title = EXCLUDED.title, cig = EXCLUDED.cig,
       supplier_name = EXCLUDED.supplier_name, supplier_pec = EXCLUDED.supplier_pec,
         supplier_fiscal_code = EXCLUDED.supplier_fiscal_code,
       status = EXCLUDED.status, version = EXCLUDED.version
     WHERE contracts.version <= EXCLUDED.version`,
    [
      contract.contractId,
      contract.banditoreAgencyId,
      contract.title,
      contract.cig,
      contract.supplierName,
      contract.supplierPec,
      contract.supplierFiscalCode,
      contract.status,
      contract.version,
    ],
  );
}

export async function contractFacts(
  manager: EntityManager,
  contractId: string,
): Promise<ContractFacts | undefined> {
  const [row] = await manager.query(
    `SELECT contract_id AS "contractId", banditore_agency_id AS "banditoreAgencyId", title, cig,
      supplier_name AS "supplierName",
       supplier_pec AS "supplierPec", supplier_fiscal_code AS "supplierFiscalCode", status,
         version FROM contracts WHERE contract_id = $1`,
    [contractId],
  );
  return row;
}

/** An agency that adhered to a contract or ordered on it: a party of its Comunicazioni. */
export async function saveContractMember(
  manager: EntityManager,
  contractId: string,
  agencyId: string,
): Promise<void> {
  await manager.query(
    'INSERT INTO contract_members (contract_id, agency_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [contractId, agencyId],
  );
}

/**
 * A contract's parties: banditore, the supplier's agency (by codice fiscale), the adhering
 * agencies.
 */
export async function contractParties(manager: EntityManager, contractId: string) {
  const [row] = await manager.query(
    `SELECT c.contract_id AS "contractId", c.title, c.status, c.banditore_agency_id AS
      "banditoreAgencyId",
       (SELECT a.agency_id FROM agencies a WHERE a.fiscal_code = c.supplier_fiscal_code LIMIT 1)
         AS "supplierAgencyId",
       coalesce((SELECT array_agg(m.agency_id) FROM contract_members m WHERE m.contract_id =
         c.contract_id), '{}') AS members
     FROM contracts c WHERE c.contract_id = $1`,
    [contractId],
  );
  return row as
    | {
        contractId: string;
        title: string;
        status: string;
        banditoreAgencyId: string;
        supplierAgencyId: string | null;
        members: string[];
      }
    | undefined;
}

/**
 * The next adhering agencies of a contract after one (by id, through the members' key): a fan-out's
 * batch, and where the next starts.
 */
export async function membersAfter(
  manager: EntityManager,
  contractId: string,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows: { agencyId: string }[] = await manager.query(
    `SELECT agency_id AS "agencyId" FROM contract_members
     WHERE contract_id = $1 AND ($2::uuid IS NULL OR agency_id > $2) ORDER BY agency_id LIMIT $3`,
    [contractId, after, limit],
  );
  return rows.map((row) => row.agencyId);
}

/** The active profiles with one of these roles in any of these agencies (a fan-out's batch). */
export function addresseesIn(
  manager: EntityManager,
  agencies: string[],
  roles: string[],
): Promise<Addressee[]> {
  return manager.query(
    `SELECT ${addresseeColumns} FROM recipients r LEFT JOIN people p USING (person_id)
     WHERE r.agency_id = ANY($1::uuid[]) AND r.active AND r.roles && $2::text[]
     ORDER BY r.agency_id, r.profile_id`,
    [agencies, roles],
  );
}
