import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  checkedFrom,
  migrationFiles,
  migrationHazards,
  readSource,
} from '../../scripts/migration-safety.js';

const root = join(import.meta.dirname, '..', '..');

/**
 * Issue «National scale» (migrations without downtime): a migration that would stop a big table
 * fails CI.
 */
describe('migrations that touch a big table expand and contract, without long locks', () => {
  test('when a migration would rewrite or lock a big table, then the check names the table and the safe way', () => {
    const refused = [
      'CREATE INDEX orders_by_x ON orders (x)',
      'CREATE UNIQUE INDEX n ON "notifications" (a, b)',
      'ALTER TABLE orders ADD COLUMN nso_id text UNIQUE',
      'ALTER TABLE partner_events ADD COLUMN at timestamptz NOT NULL DEFAULT now()',
      'ALTER TABLE payments ADD COLUMN order_id uuid REFERENCES orders(id)',
      'ALTER TABLE audit_log ALTER COLUMN details TYPE jsonb',
      'ALTER TABLE outbox ALTER COLUMN tenant SET NOT NULL',
      "ALTER TABLE order_history ADD CONSTRAINT h CHECK (action <> '')",
      'ALTER TABLE webhook_attempts ADD CONSTRAINT w FOREIGN KEY (d) REFERENCES webhook_deliveries (id)',
      'ALTER TABLE outgoing_mail ADD CONSTRAINT u UNIQUE (message_id)',
      'VACUUM FULL notifications',
      'LOCK TABLE orders IN ACCESS EXCLUSIVE MODE',
      'UPDATE notifications SET read = false',
      'DELETE FROM partner_events WHERE at < now()',
    ];
    for (const sql of refused)
      assert.notDeepEqual(migrationHazards(`await runner.query(\`${sql}\`);`), [], sql);
    assert.match(
      migrationHazards('await runner.query(`CREATE INDEX x ON orders (y)`);')[0]?.why ?? '',
      /CONCURRENTLY/,
    );
  });

  test('when it adds safely (a bare column, an index built concurrently, a NOT VALID check, batches, a new table), then the check lets it through', () => {
    const safe = [
      'transaction = false; CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_nso_id ON orders (nso_id)',
      'ALTER TABLE orders ADD COLUMN nso_id text',
      "ALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'portale'",
      "ALTER TABLE order_history ADD CONSTRAINT h CHECK (action <> '') NOT VALID",
      'ALTER TABLE outgoing_mail ADD CONSTRAINT u UNIQUE USING INDEX outgoing_mail_message_id',
      'UPDATE notifications SET read = false WHERE id IN (SELECT id FROM notifications WHERE read IS NULL LIMIT 1000)',
      'CREATE TABLE nso_documents (id uuid PRIMARY KEY); CREATE INDEX d ON nso_documents (id)',
    ];
    for (const sql of safe) assert.deepEqual(migrationHazards(`\`${sql}\``), [], sql);
    assert.notDeepEqual(
      migrationHazards('`CREATE INDEX CONCURRENTLY x ON orders (y)`'),
      [],
      'CONCURRENTLY inside a transaction fails at run time',
    );
  });

  test(`when the migrations since ${checkedFrom} are read, then none of them rewrites or locks a big table`, () => {
    const checked = migrationFiles(root).filter((file) => file.timestamp >= checkedFrom);
    assert.ok(checked.length >= 2, 'this wave’s migrations are checked');
    const hazards = checked.flatMap(({ file }) =>
      migrationHazards(readSource(root, file)).map(
        (hazard) => `${file}: ${hazard.table}: ${hazard.why}`,
      ),
    );
    assert.deepEqual(hazards, []);
  });
});
