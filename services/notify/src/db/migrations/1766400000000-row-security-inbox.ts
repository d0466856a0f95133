import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bindRows, requestAgencySql, unbindRows, type RowPolicy } from '@app/platform/db';

/** The agency a request acts for, as the platform sets it on the connection (none: no row). */
const agency = requestAgencySql;

/**
 * A Comunicazione between the request's agency and the row's (the thread's own policy narrows to
 * its parties).
 */
const threadWith = (column: string) =>
  `EXISTS (SELECT 1 FROM communications c WHERE ${column} IN (c.from_agency_id, c.to_agency_id))`;

/**
 * Row-level security on the inbox, the outgoing mail and the directory of people: an agency reads
 * its own profiles' notifications, the mail it sent with its PEC receipts, and its own people. The
 * one thing a request does to another agency is a Comunicazione's alert: it may add a notification
 * for the other party of a thread it is in, and read the names and addresses of that party's people
 * to do so.
 */
const tables: [string, RowPolicy[]][] = [
  [
    'notifications',
    [
      { name: 'notifications_of_the_agency', using: `agency_id = ${agency}` },
      {
        name: 'notifications_alert_the_other_party',
        command: 'INSERT',
        check: `event_type = 'notify.communication.received' AND ${threadWith('notifications.agency_id')}`,
      },
    ],
  ],
  [
    'outgoing_mail',
    [{ name: 'outgoing_mail_of_the_sender', using: `sender_agency_id = ${agency}` }],
  ],
  [
    'pec_receipts',
    [
      {
        name: 'pec_receipts_with_mail',
        using: 'EXISTS (SELECT 1 FROM outgoing_mail m WHERE m.id = pec_receipts.outgoing_mail_id)',
      },
    ],
  ],
  [
    'recipients',
    [
      {
        name: 'recipients_of_the_agency_or_a_thread',
        command: 'SELECT',
        using: `agency_id = ${agency} OR ${threadWith('recipients.agency_id')}`,
      },
    ],
  ],
  [
    'people',
    [
      {
        name: 'people_with_a_recipient',
        command: 'SELECT',
        using: 'EXISTS (SELECT 1 FROM recipients r WHERE r.person_id = people.person_id)',
      },
    ],
  ],
];

export class RowSecurityInbox1766400000000 implements MigrationInterface {
  name = 'RowSecurityInbox1766400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const [table, policies] of tables) await bindRows(runner, table, policies);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [table, policies] of tables.toReversed()) await unbindRows(runner, table, policies);
  }
}
