import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CIG requests (Richiedi CIG) and every exchange with ANAC's PCP. A request's progress towards ANAC
 * (stage, next poll, lease) lives in its row, so polling resumes by itself after a restart and one
 * replica at a time works on it.
 */
export class CigRequests1764400000000 implements MigrationInterface {
  name = 'CigRequests1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agency_directory (
        agency_id uuid PRIMARY KEY,
        name text NOT NULL,
        fiscal_code text NOT NULL,
        ausa_code text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE cig_requests (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('bozza', 'in corso', 'confermato', 'rifiutato',
          'cig acquisiti')),
        stage text CHECK (stage IN ('crea', 'conferma', 'esito')),
        data jsonb NOT NULL,
        total_cents bigint NOT NULL CHECK (total_cents > 0),
        id_appalto uuid,
        appalto_sent_version integer,
        errors jsonb,
        cigs jsonb,
        rup jsonb,
        confirm_sent_at timestamptz,
        next_poll_at timestamptz,
        poll_attempts integer NOT NULL DEFAULT 0,
        lease_until timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(
      `CREATE INDEX cig_requests_due ON cig_requests (next_poll_at) WHERE status = 'in corso'`,
    );
    await runner.query(
      'CREATE INDEX cig_requests_agency ON cig_requests (agency_id, created_at DESC)',
    );
    await runner.query(`
      CREATE TABLE transmissions (
        id bigserial PRIMARY KEY,
        cig_request_id uuid NOT NULL,
        operation text NOT NULL,
        method text NOT NULL,
        url text NOT NULL,
        attempt integer NOT NULL,
        started_at timestamptz NOT NULL,
        duration_ms integer NOT NULL,
        http_status integer,
        outcome text,
        errors jsonb,
        request_body jsonb,
        response_body jsonb,
        failure text
      )`);
    await runner.query(
      'CREATE INDEX transmissions_by_request ON transmissions (cig_request_id, id)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE transmissions, cig_requests, agency_directory');
  }
}
