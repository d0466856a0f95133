import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The selective equality filters of "Elenco contratti" (banditore, CPV, supplier's codice fiscale,
 * and kind with CPV together) as elements of one array with one GIN index: any combination is one
 * exact bitmap whatever the filters' correlation — the planner multiplies selectivities, and with
 * kind and CPV correlated it walked a whole sort index to find nothing. Broad filters (kind alone,
 * status, who may see) stay plain predicates: a GIN posting list of most of the table costs more
 * than it saves.
 */
export class SearchFacets1765900000000 implements MigrationInterface {
  name = 'SearchFacets1765900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION contract_facets(kind text, banditore uuid, cpv text[], supplier jsonb)
        RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ARRAY['banditore:' || banditore::text, 'supplier:' ||
        upper(coalesce(supplier->>'fiscalCode', ''))]
        || cpv || ARRAY(SELECT kind || ':' || code FROM unnest(cpv) AS code)`);
    await runner.query(
      `ALTER TABLE contracts ADD COLUMN facets text[] GENERATED ALWAYS AS ` +
        `(contract_facets(kind, banditore_agency_id, cpv, supplier)) STORED`,
    );
    // Contracts change rarely: new entries go straight into the index, not a pending list every
    // search reads.
    await runner.query(
      'CREATE INDEX contracts_facets ON contracts USING gin (facets) WITH (fastupdate = off)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contracts DROP COLUMN facets');
    await runner.query('DROP FUNCTION contract_facets');
  }
}
