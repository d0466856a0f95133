import { indexMigration } from '@app/platform/db';

/**
 * The Order's members are listed by name a page at a time: an Order of lawyers has tens of
 * thousands, and this index gives a page without sorting them all. Built concurrently.
 */
export const MembersByName1767700000000 = indexMigration(
  'MembersByName1767700000000',
  'members_by_name',
  'members (order_agency_id, family_name, given_name, id)',
);
