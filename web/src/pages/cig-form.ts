import type { Request } from 'express';
import { itemsOf, type ListOrPage } from '../answers.js';
import type { Api } from '../api-client.js';
import { centsOf } from '../money.js';
import { defined } from '@app/platform/errors';

/**
 * The short ANAC code lists offered as choices on "Richiedi CIG"; the long ones (CPV, ISTAT, NUTS)
 * are searched.
 */
const choiceLists = ['ccnl', 'categoria', 'tipoFinanziamento'] as const;

/** The API's own words for the object of the contract (it sends ANAC's code). */
export const contractObjects = [
  { code: 'servizi', label: 'Servizi' },
  { code: 'forniture', label: 'Forniture' },
  { code: 'lavori', label: 'Lavori' },
];

/**
 * Every entry of a code list, as label and code, read from the ANAC gateway's copy of ANAC's lists.
 */
async function entriesOf(api: Api, list: string): Promise<{ code: string; label: string }[]> {
  const entries: { code: string; label: string }[] = [];
  for (let page = 1; page <= 10; page++) {
    const found = await api.get<ListOrPage<{ code: string; label?: string; description?: string }>>(
      `/api/v1/code-lists/${list}?pageSize=100&page=${page}`,
    );
    const items = itemsOf(found) ?? [];
    entries.push(
      ...items.map((item) => ({
        code: item.code,
        label: item.label ?? item.description ?? item.code,
      })),
    );
    if (items.length < 100) break;
  }
  return entries;
}

export async function codeChoices(
  api: Api,
): Promise<Record<string, { code: string; label: string }[]>> {
  const lists = await Promise.all(choiceLists.map((list) => entriesOf(api, list)));
  return Object.fromEntries(choiceLists.map((list, index) => [list, defined(lists[index])]));
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);

/** How many lots the form shows: the hidden `lotti`, one to ten. */
export function lotCountOf(body: Record<string, unknown>): number {
  const count = Number(body.lotti);
  return Number.isInteger(count) ? Math.min(10, Math.max(1, count)) : 1;
}

/** One lot of the form (its fields end in `-<index>`): one source of financing, amounts in cents. */
function lotOf(body: Record<string, unknown>, index: number) {
  const field = (name: string) => text(body[`${name}-${index}`]);
  const amountCents = centsOf(body[`amount-${index}`]) ?? -1;
  return {
    lotIdentifier: field('lotIdentifier'),
    subject: field('lotSubject'),
    contractObject: field('contractObject'),
    amountCents,
    cpv: field('cpv'),
    nuts: field('nuts'),
    istat: field('istat'),
    ccnl: field('ccnl'),
    category: field('category'),
    financing: [{ type: field('financingType'), amountCents }],
  };
}

/** The form's fields as the API's CIG request, with as many lots as the form shows. */
export function cigRequestOf(
  req: Request,
  contract: { cig: string; supplier: { fiscalCode: string; name: string } },
) {
  const body = req.body as Record<string, unknown>;
  return {
    parentCig: contract.cig,
    adhesionId: text(body.adhesionId) || undefined,
    subject: text(body.subject),
    adhesionDate: text(body.adhesionDate),
    costCentre: text(body.costCentre),
    singleProcedureReport: body.singleProcedureReport === 'on',
    supplier: { fiscalCode: contract.supplier.fiscalCode, name: contract.supplier.name },
    lots: Array.from({ length: lotCountOf(body) }, (_, index) => lotOf(body, index)),
  };
}

const lotFieldNames: Record<string, string> = {
  lotIdentifier: 'lotIdentifier',
  subject: 'lotSubject',
  contractObject: 'contractObject',
  amountCents: 'amount',
  cpv: 'cpv',
  nuts: 'nuts',
  istat: 'istat',
  ccnl: 'ccnl',
  category: 'category',
  financing: 'amount',
};

/**
 * An API field path ("lots.1.cpv", "lots.0.financing.0.type") as the form's field name ("cpv-1",
 * "financingType-0"), so each message sits beside its field; other paths stay as they are.
 */
export function cigFieldName(path: string): string {
  const lot = /^lots\.(\d+)\.(\w+)(?:\.\d+\.(\w+))?$/.exec(path);
  if (!lot) return path;
  const [, index, field, financingField] = lot;
  if (field === 'financing' && financingField === 'type') return `financingType-${index}`;
  const name = lotFieldNames[field ?? ''];
  return name ? `${name}-${index}` : path;
}
