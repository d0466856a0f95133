import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { orderingEvents } from '@app/events';
import type { TenantCaller } from '@app/platform/auth';
import { audit, transaction, type Command } from '@app/platform/commands';
import { notFound, refuse, defined } from '@app/platform/errors';
import { appendEvent } from '@app/platform/outbox';
import { parseForeignXml } from '../nso/nso-ubl.js';
import { scopedOrder } from '../orders/order.service.js';
import type { OrderDeps } from '../orders/order.service.js';
import * as rules from './payment.rules.js';
import type { Mandate, RowReport } from './payment.rules.js';
import * as store from './payment.store.js';

type Act = Command<TenantCaller>;
const maxRows = 5_000;

/**
 * Registers mandates, each once per agency and number: a repeated import changes nothing and says
 * so. A mandate naming the CIG of one of the agency's orders is announced with that order.
 */
async function register(
  dataSource: DataSource,
  act: Act,
  mandates: { row: number; mandate: Mandate }[],
): Promise<RowReport[]> {
  const agencyId = act.caller.tenant;
  return transaction(dataSource, act, async (manager) => {
    const report: RowReport[] = [];
    for (const { row, mandate } of mandates) {
      const id = randomUUID();
      const fresh = await store.insertMandate(manager, id, agencyId, mandate, act.caller.subject);
      report.push({
        row,
        mandateNumber: mandate.mandateNumber,
        outcome: fresh ? 'registrato' : 'già registrato',
        errors: [],
      });
      if (!fresh) continue;
      const orderId = mandate.cig ? await store.orderWithCig(manager, agencyId, mandate.cig) : null;
      await appendEvent(manager, {
        type: orderingEvents.paymentRegistered.type,
        source: 'ordering',
        subject: id,
        tenant: agencyId,
        data: {
          paymentId: id,
          agencyId,
          mandateNumber: mandate.mandateNumber,
          amountCents: mandate.amountCents,
          cig: mandate.cig ?? null,
          orderId,
          paidOn: mandate.paidOn ?? null,
          beneficiaryFiscalCode: mandate.beneficiary.fiscalCode ?? null,
        },
      });
    }
    await audit(manager, act, 'payment', 'payments.registered', agencyId, {
      rows: mandates.length,
      registered: report.filter((r) => r.outcome === 'registrato').length,
    });
    return report;
  });
}

const summary = (report: RowReport[]) => ({
  registered: report.filter((row) => row.outcome === 'registrato').length,
  toRegister: report.filter((row) => row.outcome === 'da registrare').length,
  alreadyRegistered: report.filter((row) => row.outcome === 'già registrato').length,
  discarded: report.filter((row) => row.outcome === 'scartato').length,
  rows: report,
});

/** Mandates sent by the agency's accounting (partner API). */
export async function registerMandates(dataSource: DataSource, act: Act, mandates: Mandate[]) {
  return summary(
    await register(
      dataSource,
      act,
      mandates.map((mandate, index) => ({ row: index + 1, mandate })),
    ),
  );
}

/** The rows of an accounting export: CSV with a header row, or XML with one `mandato` each. */
function recordsOf(text: string): Record<string, string>[] {
  const content = text.replace(/^\uFEFF/, '');
  return content.trimStart().startsWith('<') ? recordsOfXml(content) : recordsOfCsv(content);
}

function recordsOfCsv(text: string): Record<string, string>[] {
  try {
    return parse(text, {
      columns: (header: string[]) =>
        header.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_')),
      delimiter: defined(text.split('\n')[0]).includes(';') ? ';' : ',',
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw refuse(
      rules.paymentRefusals.CSV_UNREADABLE,
      `Il file non è un CSV leggibile: ${(error as Error).message}`,
    );
  }
}

/**
 * Each `<mandato>`'s child elements, by name: the same names as the CSV's columns. The file comes
 * from outside: parsed as every foreign XML is (no DOCTYPE or ENTITY, no NUL).
 */
function recordsOfXml(text: string): Record<string, string>[] {
  const root = parseForeignXml(text, rules.paymentRefusals.XML_UNREADABLE);
  const mandates = Array.from(root.getElementsByTagName('mandato'));
  if (!mandates.length)
    throw refuse(
      rules.paymentRefusals.XML_UNREADABLE,
      'Il file non è un XML leggibile: nessun elemento <mandato>.',
    );
  return mandates.map((mandate) =>
    Object.fromEntries(
      Array.from(mandate.childNodes)
        .filter((node) => node.nodeType === node.ELEMENT_NODE)
        .map((node) => [node.nodeName.toLowerCase(), (node.textContent ?? '').trim()]),
    ),
  );
}

/** A check of the rows without storing: what would be registered, and what is there already. */
async function dryRunOf(
  dataSource: DataSource,
  agencyId: string,
  good: { row: number; mandate: Mandate }[],
): Promise<RowReport[]> {
  const report: RowReport[] = [];
  for (const { row, mandate } of good) {
    const known = await store.paymentByNumber(dataSource.manager, agencyId, mandate.mandateNumber);
    report.push({
      row,
      mandateNumber: mandate.mandateNumber,
      outcome: known ? 'già registrato' : 'da registrare',
      errors: [],
    });
  }
  return report;
}

/**
 * The payer body's accounting export (seed 003), CSV or XML: good rows are registered once, each
 * bad row is reported with its reasons and skipped; a dry run registers nothing and says what
 * would be.
 */
export async function importMandates(
  dataSource: DataSource,
  act: Act,
  text: string,
  options: { dryRun: boolean },
) {
  const records = recordsOf(text);
  if (records.length > maxRows)
    throw refuse(rules.paymentRefusals.TOO_MANY_ROWS, `Al massimo ${maxRows} mandati per file.`);
  const good: { row: number; mandate: Mandate }[] = [];
  const bad: RowReport[] = [];
  records.forEach((record, index) => {
    const row = index + 2;
    const read = rules.mandateOfRow(record);
    if ('mandate' in read) good.push({ row, mandate: read.mandate });
    else
      bad.push({
        row,
        mandateNumber: record.numero_mandato || null,
        outcome: 'scartato',
        errors: read.errors,
      });
  });
  const checked = options.dryRun
    ? await dryRunOf(dataSource, act.caller.tenant, good)
    : await register(dataSource, act, good);
  return { dryRun: options.dryRun, ...summary([...checked, ...bad].sort((a, b) => a.row - b.row)) };
}

/** A mandate with its «stato di pagamento» today, as seed 003's table shows it. */
const withStatus = <T extends { paidOn: string | null; dueOn: string | null }>(mandate: T) => ({
  ...mandate,
  ...rules.paymentStatus(mandate, new Date().toISOString().slice(0, 10)),
});

export async function listPayments(
  dataSource: DataSource,
  caller: TenantCaller,
  query: store.PaymentQuery,
) {
  const mandates = await store.listPayments(dataSource.manager, caller.tenant, query);
  return mandates.map(withStatus);
}

export async function getPayment(dataSource: DataSource, caller: TenantCaller, id: string) {
  const payment = await store.findPayment(dataSource.manager, caller.tenant, id);
  if (!payment) throw notFound('Mandato');
  return withStatus(payment);
}

/**
 * Ordered, paid and remaining for an order, from the ordering agency's mandates with its CIG; its
 * supplier sees them too.
 */
export async function orderPayments(deps: OrderDeps, caller: TenantCaller, orderId: string) {
  const { order } = await scopedOrder(deps.dataSource.manager, orderId, caller.tenant);
  const mandates = order.derivedCig
    ? await store.paymentsWithCig(deps.dataSource.manager, order.agencyId, order.derivedCig)
    : [];
  return {
    orderId,
    cig: order.derivedCig,
    ...rules.paymentState(order.totalCents, mandates),
    mandates,
  };
}
