import type { DataSource, EntityManager } from 'typeorm';

/** One row of "Log trasmissioni": a call to ANAC and its answer (bodies without secrets). */
export interface Transmission {
  cigRequestId: string;
  operation: string;
  method: string;
  url: string;
  attempt: number;
  startedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  outcome: string;
  errors: unknown;
  requestBody: unknown;
  responseBody: unknown;
  failure: string | null;
}

const json = (value: unknown) =>
  value === null || value === undefined ? null : JSON.stringify(value);

export async function insertTransmission(
  db: DataSource | EntityManager,
  row: Transmission,
): Promise<void> {
  await db.query(
    `INSERT INTO transmissions (cig_request_id, operation, method, url, attempt, started_at,
      duration_ms, http_status,
       outcome, errors, request_body, response_body, failure)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      row.cigRequestId,
      row.operation,
      row.method,
      row.url,
      row.attempt,
      row.startedAt,
      row.durationMs,
      row.httpStatus,
      row.outcome,
      json(row.errors),
      json(row.requestBody),
      json(row.responseBody),
      row.failure,
    ],
  );
}

/** "Log trasmissioni" of a CIG request, oldest first. */
export function transmissionsOf(manager: EntityManager, cigRequestId: string) {
  return manager.query(
    `SELECT id::int, operation, method, url, attempt, started_at AS "startedAt", duration_ms AS
      "durationMs",
       http_status AS "httpStatus", outcome, errors, request_body AS "requestBody", response_body
         AS "responseBody", failure
     FROM transmissions WHERE cig_request_id = $1 ORDER BY id`,
    [cigRequestId],
  );
}
