import type { DataSource } from 'typeorm';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, refuse, defined } from '@app/platform/errors';
import type { Config } from '../config.js';
import { fileRefusals } from '../inipec/ini-pec.rules.js';
import { csvRecords } from '../inipec/ini-pec.service.js';
import { requestMailboxIn } from '../mailboxes/mailbox.service.js';
import * as members from '../members/member.store.js';
import { addressStem, readRows, withRegister, type ImportFormat } from './import.rules.js';
import * as store from './import.store.js';

type Act = Command<TenantCaller>;

/**
 * The dry run: every row checked against the file and the Order's register, nothing changed but the
 * report kept.
 */
export function dryRun(
  dataSource: DataSource,
  act: Act,
  config: Config,
  format: ImportFormat,
  file: { fileName: string; text: string },
) {
  return transaction(dataSource, act, async (manager) => {
    const rows = readRows(format, csvRecords(file.text), config.PEC_MAILBOX_DOMAIN);
    if (!rows.length) throw refuse(fileRefusals.CSV_UNREADABLE, 'Il file non contiene righe.');
    const checked = [];
    for (const row of rows) {
      checked.push(
        row.outcome === 'errore' && !row.fiscalCode
          ? row
          : withRegister(
              row,
              await store.registerFacts(
                manager,
                act.caller.tenant,
                row,
                addressStem(row.givenName, row.familyName),
              ),
            ),
      );
    }
    const saved = await store.insert(manager, act.caller.tenant, format, file.fileName, checked);
    await audit(manager, act, 'pec_import', 'pec.import.checked', saved.id, {
      format,
      rows: checked.length,
    });
    return summary(saved);
  });
}

const summary = (saved: { rows: { outcome: string }[] } & Record<string, unknown>) => ({
  ...saved,
  counts: Object.fromEntries(
    ['valida', 'avviso', 'errore'].map((outcome) => [
      outcome,
      saved.rows.filter((row) => row.outcome === outcome).length,
    ]),
  ),
});

export async function importReport(dataSource: DataSource, caller: TenantCaller, id: string) {
  const found = await store.find(dataSource.manager, caller.tenant, id);
  if (!found) throw notFound('Caricamento');
  return summary(found);
}

/**
 * Applies the rows the Order confirmed: each becomes a member (if new) and a request for its box. A
 * row applied before is skipped, so applying twice changes nothing.
 */
export function apply(
  dataSource: DataSource,
  act: Act,
  config: Config,
  id: string,
  confirmed: number[],
) {
  return transaction(dataSource, act, async (manager) => {
    const found = await store.find(manager, act.caller.tenant, id, true);
    if (!found) throw notFound('Caricamento');
    const chosen = found.rows.filter((row) => confirmed.includes(row.row));
    const unknown = confirmed.filter((number) => !found.rows.some((row) => row.row === number));
    const wrong = chosen.filter((row) => row.outcome === 'errore').map((row) => row.row);
    if (unknown.length || wrong.length) {
      throw refuse(
        fileRefusals.ROWS_NOT_APPLICABLE,
        [
          unknown.length ? `Righe inesistenti: ${unknown.join(', ')}.` : '',
          wrong.length ? `Righe con errori: ${wrong.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
    const applied = [];
    for (const row of chosen.filter((candidate) => !found.appliedRows.includes(candidate.row))) {
      const member =
        (await store.memberByFiscalCode(manager, act.caller.tenant, row.fiscalCode)) ??
        (await members.insert(manager, act.caller.tenant, {
          ...row,
          registeredOn: defined(row.registeredOn),
          referenceEmail: defined(row.referenceEmail),
        }));
      if (!member)
        throw refuse(
          fileRefusals.ROWS_NOT_APPLICABLE,
          `Riga ${row.row}: il numero d'iscrizione è già di un altro iscritto.`,
        );
      if (found.format === 'ini-pec' && row.referenceEmail)
        await store.rememberIniPecAddress(manager, String(member.id), row.referenceEmail);
      const box = await requestMailboxIn(manager, act, config, String(member.id));
      applied.push({ row: row.row, memberId: member.id, mailboxId: box.id });
    }
    await store.markApplied(
      manager,
      id,
      applied.map((entry) => entry.row),
    );
    await audit(manager, act, 'pec_import', 'pec.import.applied', id, {
      rows: applied.map((entry) => entry.row),
    });
    return {
      applied,
      alreadyApplied: chosen
        .filter((row) => found.appliedRows.includes(row.row))
        .map((row) => row.row),
    };
  });
}
