import type { MigrationInterface, QueryRunner } from 'typeorm';
import { requestAgencySql } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;

/**
 * Row-level security on the agencies' orders and payments, the same rule as the store's
 * `visibleTo`:
 * the agency that orders; the contract's banditore once the order is sent; the supplier once it is
 * approved. Requests run as the service's request role, which these policies bind; consumers and
 * jobs run as the owner. History and documents follow their order.
 */
export class RowSecurity1765300000000 implements MigrationInterface {
  name = 'RowSecurity1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE orders ENABLE ROW LEVEL SECURITY`);
    await runner.query(`CREATE POLICY orders_visible ON orders USING (
      agency_id = ${agency}
      OR EXISTS (SELECT 1 FROM known_contracts k WHERE k.contract_id = orders.contract_id AND (
        (k.banditore_agency_id = ${agency} AND orders.status IN ('inviato', 'approvato',
          'rifiutato', 'annullato'))
        OR (orders.status IN ('approvato', 'annullato') AND orders.approved_at IS NOT NULL
          AND EXISTS (SELECT 1 FROM agency_directory s WHERE s.agency_id = ${agency} AND
            s.fiscal_code = k.supplier->>'fiscalCode')))))`);
    for (const table of ['order_history', 'order_documents']) {
      await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      // The order's own policy applies inside the subquery: a child row is seen with its order.
      await runner.query(
        `CREATE POLICY ${table}_with_order ON ${table} USING (EXISTS (SELECT 1 ` +
          `FROM orders o WHERE o.id = ${table}.order_id))`,
      );
    }
    // An agency writes its own acts in the history, even of an order it may no longer see.
    await runner.query(
      `CREATE POLICY order_history_own_acts ON order_history FOR INSERT WITH ` +
        `CHECK (actor_agency = ${agency})`,
    );
    await runner.query(`ALTER TABLE payments ENABLE ROW LEVEL SECURITY`);
    await runner.query(
      `CREATE POLICY payments_of_the_agency ON payments USING (agency_id = ${agency})`,
    );
    // Whoever sees an order (its banditore, its supplier) reads the payments that name its CIG;
    // only the agency writes them.
    await runner.query(`CREATE POLICY payments_of_a_visible_order ON payments FOR SELECT USING (
      EXISTS (SELECT 1 FROM orders o WHERE o.agency_id = payments.agency_id AND o.derived_cig =
        payments.cig))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP POLICY order_history_own_acts ON order_history');
    await runner.query('DROP POLICY payments_of_a_visible_order ON payments');
    for (const [table, policy] of [
      ['orders', 'orders_visible'],
      ['order_history', 'order_history_with_order'],
      ['order_documents', 'order_documents_with_order'],
      ['payments', 'payments_of_the_agency'],
    ]) {
      await runner.query(`DROP POLICY ${policy} ON ${table}`);
      await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
  }
}
