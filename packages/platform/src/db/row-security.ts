import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import { lockForTransaction, schemaOf } from './data-source.js';

/**
 * Row-level security as a second wall behind each query's own agency filter. A request made for an
 * agency runs its queries as the service's request role, with the agency (and the caller's roles)
 * set on the connection: the tables' policies then return and accept only that agency's rows and
 * the ones a policy shares with it, whatever the SQL forgot. Work with no caller (consumers, jobs,
 * migrations) runs as the connecting user, the tables' owner, which policies do not restrict.
 */
export interface RowSecurityContext {
  agencyId: string;
  roles: string[];
  /**
   * Who calls (a person's id in identity's tokens): some policies let a person see their own rows
   * elsewhere.
   */
  subject?: string;
}

const context = new AsyncLocalStorage<RowSecurityContext>();

/**
 * Runs `work` as a request for an agency: every query it makes is subject to the tables' policies.
 */
export function asAgency<T>(agency: RowSecurityContext, work: () => T): T {
  return context.run(agency, work);
}

/**
 * Runs `work` as the service itself, outside the request's role and agency: for a read whose store
 * writes the very rule of the table's policies in its own WHERE. A policy stands before every
 * operator that is not leakproof (full text `@@`, trigrams `<%`), so under it PostgreSQL cannot
 * use those operators' indexes and reads the whole table.
 */
export function asService<T>(work: () => T): T {
  return context.exit(work);
}

/**
 * The agency a request acts for, as policies read it in SQL: set on the connection by
 * `enforceRowSecurity`; NULL (no row passes) when none is set.
 */
export const requestAgencySql = "nullif(current_setting('app.agency_id', true), '')::uuid";

/**
 * The caller's subject as policies read it in SQL (text; empty when none is set, or the service
 * does not set it: `rowSecurityBySubject`).
 */
export const requestSubjectSql = "current_setting('app.subject', true)";

/**
 * Whether the caller holds a role, as policies read it in SQL (the roles the platform set from the
 * token).
 */
export const requestHasRoleSql = (role: string) => {
  if (!/^[a-z-]+$/.test(role)) throw new Error(`Nome di ruolo non valido: ${role}`);
  return `'${role}' = ANY (string_to_array(current_setting('app.roles', true), ','))`;
};

/** The role a service's requests run as: one per service, with rights on its own schema only. */
export const requestRoleOf = (service: string) => `negozio_${service.replaceAll('-', '_')}`;

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Makes sure the service's request role exists (created when the connecting user may; in production
 * the database operator declares it) and may use the service's schema: its tables and sequences,
 * nothing else.
 */
export async function prepareRequestRole(dataSource: DataSource, service: string): Promise<string> {
  const role = requestRoleOf(service);
  const schema = schemaOf(dataSource);
  if (!roleName.test(role)) throw new Error(`Nome di ruolo non valido: ${role}`);
  // Replicas starting together take turns: concurrent GRANTs on the same objects fail in
  // PostgreSQL.
  await dataSource.transaction(async (manager) => {
    await lockForTransaction(manager, 'negozio:request-role');
    const [{ exists }] = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists',
      [role],
    );
    if (!exists) {
      try {
        await manager.query(`CREATE ROLE ${role} NOLOGIN`);
      } catch (error) {
        throw new Error(
          `Il ruolo ${role} non esiste e l'utente del database non può crearlo: ` +
            `dichiararlo nel cluster (docs/operations.md, "Row-level security"). ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    await manager.query(`GRANT USAGE ON SCHEMA "${schema}" TO ${role}`);
    await manager.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`,
    );
    await manager.query(
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA "${schema}" TO ${role}`,
    );
  });
  return role;
}

interface PooledConnection {
  query(sql: string, parameters: unknown[]): Promise<unknown>;
}
type ObtainConnection = () => Promise<[PooledConnection, (error?: unknown) => void]>;

/**
 * Sets, on every connection taken from the pool, who the next queries are for: the request role and
 * the agency inside a request, the connecting user and no agency outside one. Nothing else changes
 * them on a connection, so what a connection last had is remembered and the statement is sent once
 * per new connection and whenever it changes: consumers and jobs pay nothing past the first, and
 * nothing of one request survives into the next. The caller's subject is set only for a service
 * whose policies read it (`bySubject`): it changes with nearly every request, the agency far less
 * often.
 */
export function enforceRowSecurity(
  dataSource: DataSource,
  role: string,
  options: { bySubject?: boolean } = {},
): void {
  const driver = dataSource.driver as unknown as { obtainMasterConnection: ObtainConnection };
  const obtain = driver.obtainMasterConnection.bind(driver);
  const applied = new WeakMap<PooledConnection, string>();
  driver.obtainMasterConnection = async () => {
    const [connection, release] = await obtain();
    const agency = context.getStore();
    const subject = options.bySubject ? (agency?.subject ?? '') : '';
    const settings = agency
      ? [role, agency.agencyId, agency.roles.join(','), subject]
      : ['none', '', '', ''];
    const key = JSON.stringify(settings);
    if (applied.get(connection) === key) return [connection, release];
    try {
      await connection.query(
        "SELECT set_config('role', $1, false), set_config('app.agency_id', $2, " +
          "false), set_config('app.roles', $3, false), set_config('app.subject', " +
          '$4, false)',
        settings,
      );
    } catch (error) {
      applied.delete(connection);
      release(error);
      throw error;
    }
    applied.set(connection, key);
    return [connection, release];
  };
}

/**
 * One row-level policy of a table: the rows a command may see (`using`) and those it may leave
 * (`check`).
 */
export interface RowPolicy {
  name: string;
  command?: 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';
  using?: string;
  check?: string;
}

interface SqlRunner {
  query(sql: string): Promise<unknown>;
}

/** Turns row-level security on for a table with its policies (a migration's `up`). */
export async function bindRows(
  runner: SqlRunner,
  table: string,
  policies: RowPolicy[],
): Promise<void> {
  await runner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
  for (const policy of policies) {
    const using = policy.using ? ` USING (${policy.using})` : '';
    const check = policy.check ? ` WITH CHECK (${policy.check})` : '';
    await runner.query(
      `CREATE POLICY ${policy.name} ON
        ${table}${policy.command ? ` FOR ${policy.command}` : ''}${using}${check}`,
    );
  }
}

/** Drops what `bindRows` made (the migration's `down`). */
export async function unbindRows(
  runner: SqlRunner,
  table: string,
  policies: RowPolicy[],
): Promise<void> {
  for (const policy of policies) await runner.query(`DROP POLICY ${policy.name} ON ${table}`);
  await runner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
}
