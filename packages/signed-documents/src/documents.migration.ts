import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded documents of a service, in its own schema: what each file is (sniffed type, SHA-256,
 * size, the verified signature) and, unless an object store holds them, its bytes.
 */
export class Documents1764200000000 implements MigrationInterface {
  name = 'Documents1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        signature jsonb,
        signature_problem text,
        storage text NOT NULL CHECK (storage IN ('postgres', 's3')),
        content bytea,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((storage = 'postgres') = (content IS NOT NULL))
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE documents');
  }
}
