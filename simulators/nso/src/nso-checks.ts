import { DOMParser } from '@xmldom/xmldom';
import { checkOrganisationCode } from '@app/italian-codes';

/** One of NSO's errors in a notifica di scarto: its code and its Italian message. */
export interface NsoError {
  codice: string;
  messaggio: string;
}

export type NsoDocumentType = 'Order' | 'OrderResponse';

/** A document as NSO reads it to route it: its type, its identification, sender and recipient. */
export interface RoutedDocument {
  type: NsoDocumentType;
  id: string;
  issueDate: string;
  buyerEndpoint: string;
  sellerEndpoint: string;
  /** For an order: its tripletta; for a response: the tripletta of the order it answers. */
  orderTripletta: string;
  /** An order's `cac:OrderDocumentReference` (revoca, sostituzione, collegato), if any. */
  reference: string | null;
  responseCode: string | null;
}

const namespaces: Record<NsoDocumentType, string> = {
  Order: 'urn:oasis:names:specification:ubl:schema:xsd:Order-2',
  OrderResponse: 'urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2',
};
const customizations: Record<NsoDocumentType, string> = {
  Order: 'urn:fdc:peppol.eu:poacc:trns:order:3:restrictive:urn:www.agid.gov.it:trns:ordine:3.1',
  OrderResponse:
    'urn:fdc:peppol.eu:poacc:trns:order_response:3:restrictive:urn:www.agid.gov.it:trns:risposta_ordine:3.0',
};

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );
const at = (parent: Element | undefined, ...path: string[]): Element | undefined => {
  let node = parent;
  for (const name of path) node = node ? children(node, name)[0] : undefined;
  return node;
};
const text = (parent: Element | undefined, ...path: string[]) =>
  (at(parent, ...path)?.textContent ?? '').trim();

/** NSO refuses what is not well-formed XML, and any DTD (no entity is ever expanded or fetched). */
export function parseDocument(xml: string): Element | NsoError {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml) || xml.includes('\u0000'))
    return { codice: 'NSO_001', messaggio: 'NSO_001 – Il Documento non è un XML ben formato.' };
  const errors: string[] = [];
  const collect = (message: string) => {
    errors.push(message);
  };
  const root = new DOMParser({
    errorHandler: { error: collect, fatalError: collect },
  }).parseFromString(xml, 'text/xml').documentElement;
  if (errors.length || !root)
    return { codice: 'NSO_001', messaggio: 'NSO_001 – Il Documento non è un XML ben formato.' };
  return root;
}

const ipaCode = /^[A-Za-z0-9]{6}$/;
/** CIG (10 characters) or an exemption code (4), as NSO_060 reads it; the check characters are NSO's own. */
const cigShape = /^([0-9A-Z]{10}|ES[0-9]{2})$/;

function vatValid(endpoint: string): boolean {
  if (!/^IT/i.test(endpoint)) return true;
  return checkOrganisationCode(endpoint.slice(2)).valid;
}

function partyChecks(root: Element): NsoError[] {
  const errors: NsoError[] = [];
  for (const party of ['BuyerCustomerParty', 'SellerSupplierParty']) {
    const endpoint = at(root, party, 'Party', 'EndpointID');
    const scheme = endpoint?.getAttribute('schemeID') ?? '';
    const value = (endpoint?.textContent ?? '').trim();
    if (scheme === '0201' && !ipaCode.test(value))
      errors.push({
        codice: 'NSO_010',
        messaggio: 'NSO_010 – Il Codice IPA indicato nell’elemento non è valido.',
      });
    if ((scheme === '0211' || scheme === '9906') && !vatValid(value))
      errors.push({
        codice: 'NSO_030',
        messaggio: 'NSO_030 – La partita IVA indicata nell’elemento non è valida.',
      });
  }
  return errors;
}

function orderChecks(root: Element): NsoError[] {
  const errors = partyChecks(root);
  if (children(root, 'OrderDocumentReference').length > 1)
    errors.push({
      codice: 'NSO_045',
      messaggio: 'NSO_045 – Il Documento contiene più di un elemento "cac:OrderDocumentReference".',
    });
  const cig = text(root, 'OriginatorDocumentReference', 'ID');
  if (cig && !cigShape.test(cig))
    errors.push({
      codice: 'NSO_060',
      messaggio:
        'NSO_060 - Il Codice Identificativo di Gara (CIG o Smart CIG) o il Codice di esenzione ' +
        'indicato nell’elemento non è valido.',
    });
  return errors;
}

function responseChecks(root: Element): NsoError[] {
  const errors = partyChecks(root);
  const parts = text(root, 'OrderReference', 'ID').split('#');
  if (
    parts.length !== 3 ||
    !parts[0] ||
    !/^\d{4}-\d{2}-\d{2}$/.test(parts[1] ?? '') ||
    (parts[2] ?? '').length !== 6
  )
    errors.push({
      codice: 'NSO_140',
      messaggio: 'NSO_140 – Il riferimento all’Ordine non è nel formato ID#Data#EndpointID.',
    });
  return errors;
}

/**
 * What NSO checks before routing a document: the type, AgID's customization, and NSO's rules the
 * simulator knows (NSO_010, NSO_030, NSO_045, NSO_060, NSO_140). A deployment that has AgID's
 * compiled schematron passes its own validator instead (see the simulator's options).
 */
export function nsoChecks(root: Element): { routed?: RoutedDocument; errors: NsoError[] } {
  const type = (Object.keys(namespaces) as NsoDocumentType[]).find(
    (name) => root.localName === name && root.namespaceURI === namespaces[name],
  );
  if (!type)
    return {
      errors: [
        { codice: 'NSO_002', messaggio: 'NSO_002 – Il tipo di Documento non è gestito da NSO.' },
      ],
    };
  const errors: NsoError[] = [];
  if (text(root, 'CustomizationID') !== customizations[type])
    errors.push({
      codice: type === 'Order' ? 'IT-T01-R001' : 'IT-T76-R001',
      messaggio: `Il CustomizationID DEVE essere valorizzato con la stringa '${customizations[type]}'.`,
    });
  errors.push(...(type === 'Order' ? orderChecks(root) : responseChecks(root)));
  const id = text(root, 'ID');
  const issueDate = text(root, 'IssueDate');
  const buyerEndpoint = text(root, 'BuyerCustomerParty', 'Party', 'EndpointID');
  const routed: RoutedDocument = {
    type,
    id,
    issueDate,
    buyerEndpoint,
    sellerEndpoint: text(root, 'SellerSupplierParty', 'Party', 'EndpointID'),
    orderTripletta:
      type === 'Order' ? `${id}#${issueDate}#${buyerEndpoint}` : text(root, 'OrderReference', 'ID'),
    reference: text(root, 'OrderDocumentReference', 'ID') || null,
    responseCode: text(root, 'OrderResponseCode') || null,
  };
  return { routed, errors };
}
