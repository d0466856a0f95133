import type { EntityManager } from 'typeorm';
import { todayInItaly } from '@app/platform/db';
import type { IniPecRow, RegisteredBox } from './ini-pec.rules.js';

/**
 * A change for INI-PEC, once per request, address and state, from the member's data as it stands. A
 * box that starts for a member INI-PEC lists with another address is an update (1); the member's
 * listed address follows each row (none after a deletion).
 */
export async function append(
  manager: EntityManager,
  change: { orderId: string; requestId: string; memberId: string; address: string; status: 2 | 3 },
) {
  const [row] = await manager.query(
    `INSERT INTO ini_pec_rows (order_agency_id, address, given_name, family_name,
      registration_number, fiscal_code, status, registered_on, deleted_on, request_id)
     SELECT $1, $4, given_name, family_name, registration_number, fiscal_code,
       CASE WHEN $5 = 2 AND ini_pec_address IS NOT NULL AND ini_pec_address <> $4 THEN 1 ELSE $5
         END,
       registered_on, CASE WHEN $5 = 3 THEN ${todayInItaly} END, $2
     FROM members WHERE id = $3
     ON CONFLICT (request_id, address, status) DO NOTHING RETURNING status`,
    [change.orderId, change.requestId, change.memberId, change.address, change.status],
  );
  if (row)
    await manager.query('UPDATE members SET ini_pec_address = $2 WHERE id = $1', [
      change.memberId,
      change.status === 3 ? null : change.address,
    ]);
}

export const ofDay = (manager: EntityManager, orderId: string, day: string): Promise<IniPecRow[]> =>
  manager.query(
    `SELECT address, given_name AS "givenName", family_name AS "familyName", registration_number
      AS "registrationNumber", fiscal_code AS "fiscalCode",
     status, to_char(registered_on, 'YYYY-MM-DD') AS "registeredOn", to_char(deleted_on,
       'YYYY-MM-DD') AS "deletedOn"
   FROM ini_pec_rows WHERE order_agency_id = $1 AND day = $2 ORDER BY id`,
    [orderId, day],
  );

/** The Order's active boxes with their holders: what INI-PEC should list for it. */
export const activeBoxes = (manager: EntityManager, orderId: string): Promise<RegisteredBox[]> =>
  manager.query(
    `SELECT b.address, m.given_name AS "givenName", m.family_name AS "familyName",
      m.registration_number AS "registrationNumber", m.fiscal_code AS "fiscalCode"
   FROM mailboxes b JOIN members m ON m.id = b.member_id
   WHERE b.order_agency_id = $1 AND b.state = 'attiva' ORDER BY m.family_name, m.given_name`,
    [orderId],
  );
