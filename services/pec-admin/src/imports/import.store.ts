import type { EntityManager } from 'typeorm';
import type { ImportRow } from './import.rules.js';

const view =
  `id, format, file_name AS "fileName", rows, created_at AS "createdAt", ` +
  `applied_at AS "appliedAt", applied_rows AS "appliedRows"`;

export async function insert(
  manager: EntityManager,
  orderId: string,
  format: string,
  fileName: string,
  rows: ImportRow[],
) {
  const [row] = await manager.query(
    `INSERT INTO imports (order_agency_id, format, file_name, rows) VALUES ` +
      `($1, $2, $3, $4) RETURNING ${view}`,
    [orderId, format, fileName, JSON.stringify(rows)],
  );
  return row;
}

export async function find(manager: EntityManager, orderId: string, id: string, lock = false) {
  const [row] = await manager.query(
    `SELECT ${view} FROM imports WHERE id = $2 AND order_agency_id =
      $1${lock ? ' FOR UPDATE' : ''}`,
    [orderId, id],
  );
  return row as
    { id: string; format: string; rows: ImportRow[]; appliedRows: number[] } | undefined;
}

export const markApplied = (manager: EntityManager, id: string, rows: number[]) =>
  manager.query(
    `UPDATE imports SET applied_rows = (SELECT array_agg(DISTINCT r ORDER BY ` +
      `r) FROM unnest(applied_rows || $2::int[]) AS r), applied_at = now() ` +
      `WHERE id = $1`,
    [id, rows],
  );

/**
 * What the register knows of a row's holder, in one query per row (addresses across Orders by count
 * only).
 */
export async function registerFacts(
  manager: EntityManager,
  orderId: string,
  row: ImportRow,
  stem: string,
) {
  const [facts] = await manager.query(
    `SELECT
       (SELECT b.address FROM members m JOIN mailboxes b ON b.member_id = m.id WHERE
         m.order_agency_id = $1 AND m.fiscal_code = $2
          AND b.state IN ('richiesta', 'non-attiva', 'attiva') LIMIT 1) AS "memberHasBox",
       EXISTS (SELECT 1 FROM members WHERE order_agency_id = $1 AND fiscal_code = $2) AS
         "memberExists",
       EXISTS (SELECT 1 FROM members WHERE order_agency_id = $1 AND registration_number = $3 AND
         fiscal_code <> $2) AS "numberTakenByOther",
       addresses_with_stem($4)
         + (SELECT count(*)::int FROM members WHERE order_agency_id = $1 AND fiscal_code <> $2 AND
           lower(given_name) = lower($5) AND lower(family_name) = lower($6)) AS namesakes`,
    [orderId, row.fiscalCode, row.registrationNumber, stem, row.givenName, row.familyName],
  );
  return facts as {
    memberHasBox: string | null;
    memberExists: boolean;
    numberTakenByOther: boolean;
    namesakes: number;
  };
}

export async function memberByFiscalCode(
  manager: EntityManager,
  orderId: string,
  fiscalCode: string,
): Promise<{ id: string } | undefined> {
  const [row] = await manager.query(
    'SELECT id FROM members WHERE order_agency_id = $1 AND fiscal_code = $2',
    [orderId, fiscalCode],
  );
  return row;
}

/**
 * A member loaded from INI-PEC's layout is listed there with its current PEC: its new box will
 * update that row.
 */
export const rememberIniPecAddress = (manager: EntityManager, memberId: string, address: string) =>
  manager.query(
    'UPDATE members SET ini_pec_address = coalesce(ini_pec_address, $2) WHERE id = $1',
    [memberId, address.toLowerCase()],
  );
