import type { MigrationInterface, QueryRunner } from 'typeorm';

const orderStates = [
  'bozza',
  'appalto-in-corso',
  'appalto-confermato',
  'cig-in-corso',
  'cig-acquisito',
  'inviato',
  'approvato',
  'rifiutato',
  'annullato',
];
const listOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

const statements = [
  // What ordering knows of contracts, adhesions, agencies and people: from their owners' events.
  `CREATE TABLE known_contracts (
     contract_id uuid PRIMARY KEY,
     banditore_agency_id uuid NOT NULL,
     title text NOT NULL,
     cig text NOT NULL,
     cup text,
     supplier jsonb NOT NULL,
     order_requirements jsonb NOT NULL,
     requires_adhesion boolean NOT NULL,
     eligible_agencies uuid[],
     expiry_date date NOT NULL,
     supplier_response_days integer NOT NULL,
     status text NOT NULL,
     version integer NOT NULL
   )`,
  `CREATE TABLE approved_adhesions (
     adhesion_id uuid PRIMARY KEY,
     contract_id uuid NOT NULL,
     agency_id uuid NOT NULL,
     code text NOT NULL,
     amount_cents bigint NOT NULL
   )`,
  'CREATE INDEX approved_adhesions_by_agency ON approved_adhesions (contract_id, agency_id)',
  `CREATE TABLE agency_directory (
     agency_id uuid PRIMARY KEY,
     name text NOT NULL,
     kind text NOT NULL,
     fiscal_code text NOT NULL
   )`,
  'CREATE INDEX agency_directory_fiscal_code ON agency_directory (fiscal_code)',
  `CREATE TABLE agency_members (
     profile_id uuid PRIMARY KEY,
     agency_id uuid NOT NULL,
     fiscal_code text NOT NULL,
     active boolean NOT NULL
   )`,
  'CREATE INDEX agency_members_by_agency ON agency_members (agency_id, fiscal_code)',
  'CREATE TABLE order_code_counters (year integer PRIMARY KEY, last_number integer NOT NULL)',
  `CREATE TABLE orders (
     id uuid PRIMARY KEY,
     code text NOT NULL UNIQUE,
     contract_id uuid NOT NULL REFERENCES known_contracts (contract_id),
     agency_id uuid NOT NULL,
     adhesion_id uuid,
     cig_request_id uuid NOT NULL UNIQUE,
     subject text NOT NULL,
     status text NOT NULL DEFAULT 'bozza' CHECK (status IN (${listOf(orderStates)})),
     lines jsonb NOT NULL DEFAULT '[]',
     total_cents bigint NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
     cig_request_total_cents bigint NOT NULL,
     derived_cig text,
     anac_errors jsonb,
     rup_fiscal_code text,
     sheet_document_id uuid,
     sheet_sha256 text,
     signed_sheet_document_id uuid,
     ceiling text NOT NULL DEFAULT 'nessuna'
       CHECK (ceiling IN ('nessuna', 'in-prenotazione', 'prenotato', 'rifiutato', 'consumato')),
     supplier_response text CHECK (supplier_response IN ('in-attesa', 'presa-visione',
       'presa-visione-automatica', 'contestato')),
     supplier_deadline timestamptz,
     decision_reason text,
     dispute_reason text,
     outcome jsonb,
     created_by text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     submitted_at timestamptz,
     approved_at timestamptz,
     outcome_published_at timestamptz,
     annulled_at timestamptz,
     version integer NOT NULL DEFAULT 1
   )`,
  'CREATE INDEX orders_by_contract ON orders (contract_id, agency_id, created_at DESC)',
  'CREATE INDEX orders_by_cig ON orders (derived_cig) WHERE derived_cig IS NOT NULL',
  'CREATE INDEX orders_awaiting_supplier ON orders (supplier_deadline) ' +
    "WHERE supplier_response = 'in-attesa'",
  `CREATE TABLE order_documents (
     order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
     requirement_id text NOT NULL,
     document_id uuid NOT NULL REFERENCES documents (id),
     PRIMARY KEY (order_id, requirement_id)
   )`,
  `CREATE TABLE order_history (
     id bigserial PRIMARY KEY,
     order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
     action text NOT NULL,
     from_status text,
     to_status text,
     actor_subject text NOT NULL,
     actor_profile text,
     actor_agency uuid,
     reason text,
     at timestamptz NOT NULL DEFAULT now()
   )`,
  'CREATE INDEX order_history_by_order ON order_history (order_id, id)',
  // Payment mandates (SIOPE+ fields), registered by the agency's accounting; one per number and
  // agency.
  `CREATE TABLE payments (
     id uuid PRIMARY KEY,
     agency_id uuid NOT NULL,
     mandate_number text NOT NULL,
     issued_on date NOT NULL,
     amount_cents bigint NOT NULL CHECK (amount_cents > 0),
     paid_on date,
     payment_method text,
     beneficiary_name text NOT NULL,
     beneficiary_fiscal_code text,
     reason text,
     due_on date,
     cig text,
     cup text,
     invoices jsonb NOT NULL DEFAULT '[]',
     registered_by text NOT NULL,
     registered_at timestamptz NOT NULL DEFAULT now(),
     UNIQUE (agency_id, mandate_number)
   )`,
  'CREATE INDEX payments_by_cig ON payments (agency_id, cig)',
  'CREATE INDEX payments_by_date ON payments (agency_id, issued_on DESC)',
];

/**
 * Orders (ordinativi di fornitura), their documents and history, and the agencies' payment
 * mandates.
 */
export class Orders1764800000000 implements MigrationInterface {
  name = 'Orders1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE payments, order_history, order_documents, orders,
      order_code_counters, agency_members,
      agency_directory, approved_adhesions, known_contracts`);
  }
}
