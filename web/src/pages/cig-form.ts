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

/**
 * The form's fields as the API's CIG request: one lot, one source of financing, amounts in cents.
 */
export function cigRequestOf(
  req: Request,
  contract: { cig: string; supplier: { fiscalCode: string; name: string } },
) {
  const body = req.body as Record<string, unknown>;
  const amountCents = centsOf(body.amount) ?? -1;
  return {
    parentCig: contract.cig,
    adhesionId: text(body.adhesionId) || undefined,
    subject: text(body.subject),
    adhesionDate: text(body.adhesionDate),
    costCentre: text(body.costCentre),
    singleProcedureReport: body.singleProcedureReport === 'on',
    supplier: { fiscalCode: contract.supplier.fiscalCode, name: contract.supplier.name },
    lots: [
      {
        lotIdentifier: text(body.lotIdentifier),
        subject: text(body.lotSubject),
        contractObject: text(body.contractObject),
        amountCents,
        cpv: text(body.cpv),
        nuts: text(body.nuts),
        istat: text(body.istat),
        ccnl: text(body.ccnl),
        category: text(body.category),
        financing: [{ type: text(body.financingType), amountCents }],
      },
    ],
  };
}

/**
 * API field paths ("lots.0.cpv") as the form's field names, so each message sits beside its field.
 */
export const cigFieldNames: Record<string, string> = {
  'lots.0.lotIdentifier': 'lotIdentifier',
  'lots.0.subject': 'lotSubject',
  'lots.0.contractObject': 'contractObject',
  'lots.0.amountCents': 'amount',
  'lots.0.cpv': 'cpv',
  'lots.0.nuts': 'nuts',
  'lots.0.istat': 'istat',
  'lots.0.ccnl': 'ccnl',
  'lots.0.category': 'category',
  'lots.0.financing.0.type': 'financingType',
  'lots.0.financing.0.amountCents': 'amount',
};
