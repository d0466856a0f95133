import type { CodedField } from '../code-lists/code-lists.rules.js';
import type { CigRequestData } from './cig-request.schema.js';

/** Our words for the object of the contract, and ANAC's codes for them (list oggettoContratto). */
export const contractObjects = {
  servizi: 'services',
  forniture: 'supplies',
  lavori: 'works',
} as const;

/** Every field of a CIG request that ANAC reads as a code, with the list it must come from. */
export function codedFieldsOf(data: CigRequestData): CodedField[] {
  const fields: CodedField[] = [
    {
      path: 'supplier.role',
      list: 'ruoloOE',
      code: data.supplier.role,
      label: "Ruolo dell'operatore economico",
    },
    {
      path: 'supplier.kind',
      list: 'tipoOE',
      code: data.supplier.kind,
      label: 'Tipo di operatore economico',
    },
  ];
  data.lots.forEach((lot, index) => {
    const at = (field: string) => `lots.${index}.${field}`;
    fields.push(
      {
        path: at('contractObject'),
        list: 'oggettoContratto',
        code: contractObjects[lot.contractObject],
        label: 'Oggetto del contratto',
      },
      { path: at('cpv'), list: 'CPV', code: lot.cpv, label: 'CPV prevalente' },
      { path: at('nuts'), list: 'codNUTS', code: lot.nuts, label: 'Codice NUTS' },
      { path: at('istat'), list: 'codIstat', code: lot.istat, label: 'Comune ISTAT' },
      { path: at('ccnl'), list: 'ccnl', code: lot.ccnl, label: 'CCNL applicato' },
      {
        path: at('category'),
        list: 'categoria',
        code: lot.category,
        label: 'Categoria prevalente',
      },
      ...lot.secondaryCpv.map((cpv, n) => ({
        path: at(`secondaryCpv.${n}`),
        list: 'CPV',
        code: cpv,
        label: 'CPV secondario',
      })),
      ...lot.secondaryCategories.map((category, n) => ({
        path: at(`secondaryCategories.${n}`),
        list: 'categoria',
        code: category,
        label: 'Categoria scorporabile',
      })),
      ...lot.financing.map((item, n) => ({
        path: at(`financing.${n}.type`),
        list: 'tipoFinanziamento',
        code: item.type,
        label: 'Tipo di finanziamento',
      })),
    );
  });
  return fields;
}
