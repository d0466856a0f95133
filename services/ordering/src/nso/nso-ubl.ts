import { DOMParser } from '@xmldom/xmldom';
import { create } from 'xmlbuilder2';
import { refuse, type Refusal } from '@app/platform/errors';
import { variantReferenceType, type NsoVariant, type OrderResponseCode } from './nso.rules.js';

/**
 * The order as a Peppol BIS 3 Order (T01) with AgID's Italian rules for NSO, and the supplier's
 * Order Response (T76). Pure: data in, XML out (and back).
 */
export const orderCustomization =
  'urn:fdc:peppol.eu:poacc:trns:order:3:restrictive:urn:www.agid.gov.it:trns:ordine:3.1';
export const responseCustomization =
  'urn:fdc:peppol.eu:poacc:trns:order_response:3:restrictive:urn:www.agid.gov.it:trns:risposta_ordine:3.0';
/** Ordering with a response (BIS 3 «ordering»), not «order only»: the supplier answers. */
export const orderingProfile = 'urn:fdc:peppol.eu:poacc:bis:ordering:3';

const ns = {
  order: 'urn:oasis:names:specification:ubl:schema:xsd:Order-2',
  response: 'urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

export interface UblOrderLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

export interface UblOrder {
  variant: NsoVariant;
  /** The order's ID on NSO (its code). */
  id: string;
  issueDate: string;
  note: string;
  /** The order's CIG (derivato): NSO wants it at the document's level. */
  cig: string;
  /** The contract (convention) the order is placed under: its CIG and title. */
  contract: { cig: string; title: string };
  buyer: { officeCode: string; name: string; fiscalCode: string };
  seller: { vat: string; name: string };
  lines: UblOrderLine[];
  /** Sostitutivo, revoca, collegato: the order they refer to, by its tripletta. */
  refersTo?: string;
  /** VAT of every line (Italian standard rate unless the contract says otherwise). */
  vatPercent?: number;
  /** The order holds until the contract expires. */
  validUntil: string;
}

const amount = (cents: number) => ({ '@currencyID': 'EUR', '#': (cents / 100).toFixed(2) });
const itVat = (vat: string) => `IT${vat.replace(/^IT/i, '')}`;

function buyerParty(buyer: UblOrder['buyer']) {
  return {
    'cbc:EndpointID': { '@schemeID': '0201', '#': buyer.officeCode },
    'cac:PartyIdentification': { 'cbc:ID': { '@schemeID': '0201', '#': buyer.officeCode } },
    'cac:PartyName': { 'cbc:Name': buyer.name },
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': buyer.name,
      'cbc:CompanyID': { '@schemeID': '0210', '#': buyer.fiscalCode },
    },
  };
}

function sellerParty(seller: UblOrder['seller']) {
  return {
    'cbc:EndpointID': { '@schemeID': '0211', '#': itVat(seller.vat) },
    'cac:PartyIdentification': { 'cbc:ID': { '@schemeID': '0211', '#': itVat(seller.vat) } },
    'cac:PartyName': { 'cbc:Name': seller.name },
    // Peppol wants the seller's address; the contract names the supplier by partita IVA only.
    'cac:PostalAddress': { 'cac:Country': { 'cbc:IdentificationCode': 'IT' } },
    'cac:PartyLegalEntity': {
      'cbc:RegistrationName': seller.name,
      'cbc:CompanyID': itVat(seller.vat),
    },
  };
}

function orderLines(order: UblOrder) {
  if (order.variant === 'revoca')
    // NSO_053/054/056: a revoca carries one line «NA», quantity 0.
    return [
      {
        'cac:LineItem': {
          'cbc:ID': 'NA',
          'cbc:Quantity': { '@unitCode': 'C62', '#': '0' },
          'cac:Item': { 'cbc:Name': 'NA' },
        },
      },
    ];
  return order.lines.map((line, index) => ({
    'cac:LineItem': {
      'cbc:ID': String(index + 1),
      'cbc:Quantity': { '@unitCode': 'C62', '#': String(line.quantity) },
      'cbc:LineExtensionAmount': amount(line.unitPriceCents * line.quantity),
      'cac:Price': { 'cbc:PriceAmount': amount(line.unitPriceCents) },
      'cac:Item': {
        'cbc:Name': line.description.slice(0, 200),
        'cac:ClassifiedTaxCategory': {
          'cbc:ID': 'S',
          'cbc:Percent': String(order.vatPercent ?? 22),
          'cac:TaxScheme': { 'cbc:ID': 'VAT' },
        },
      },
    },
  }));
}

/** The order as UBL 2.1 XML (Peppol BIS 3 Order, AgID NSO rules). */
export function ublOrder(order: UblOrder): string {
  const total = order.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const reference =
    order.variant === 'iniziale'
      ? {}
      : {
          'cac:OrderDocumentReference': {
            'cbc:ID': `${order.refersTo ?? ''}#${variantReferenceType[order.variant]}`,
          },
        };
  const totals =
    order.variant === 'revoca'
      ? {}
      : {
          'cac:AnticipatedMonetaryTotal': {
            'cbc:LineExtensionAmount': amount(total),
            'cbc:PayableAmount': amount(total),
          },
        };
  return create({ version: '1.0', encoding: 'UTF-8' })
    .ele({
      Order: {
        '@xmlns': ns.order,
        '@xmlns:cac': ns.cac,
        '@xmlns:cbc': ns.cbc,
        'cbc:CustomizationID': orderCustomization,
        'cbc:ProfileID': orderingProfile,
        'cbc:ID': order.id,
        'cbc:IssueDate': order.issueDate,
        'cbc:OrderTypeCode': '220',
        'cbc:Note': order.note.slice(0, 500),
        'cbc:DocumentCurrencyCode': 'EUR',
        'cac:ValidityPeriod': { 'cbc:EndDate': order.validUntil },
        ...reference,
        'cac:OriginatorDocumentReference': { 'cbc:ID': order.cig },
        'cac:Contract': { 'cbc:ID': order.contract.cig },
        'cac:BuyerCustomerParty': { 'cac:Party': buyerParty(order.buyer) },
        'cac:SellerSupplierParty': { 'cac:Party': sellerParty(order.seller) },
        ...totals,
        'cac:OrderLine': orderLines(order),
      },
    })
    .end({ prettyPrint: true });
}

export interface UblOrderResponse {
  id: string;
  issueDate: string;
  code: OrderResponseCode;
  reason?: string;
  /** The order answered, by its tripletta. */
  orderReference: string;
  buyer: UblOrder['buyer'];
  seller: UblOrder['seller'];
  /** «Accettato con modifiche»: every line of the order, each accepted or changed (0: refused). */
  lines?: { description: string; quantity: number; proposedQuantity?: number }[];
}

/** UNCL 1229 as BIS 3 uses it: 5 accepted as ordered, 3 changed, 7 not accepted. */
function responseLines(lines: NonNullable<UblOrderResponse['lines']>) {
  return lines.map((line, index) => {
    const proposed = line.proposedQuantity;
    const status =
      proposed === undefined || proposed === line.quantity ? '5' : proposed === 0 ? '7' : '3';
    return {
      'cac:LineItem': {
        'cbc:ID': String(index + 1),
        'cbc:LineStatusCode': status,
        ...(status === '3'
          ? { 'cbc:Quantity': { '@unitCode': 'C62', '#': String(proposed) } }
          : {}),
        'cac:Item': { 'cbc:Name': line.description.slice(0, 200) },
      },
      'cac:OrderLineReference': { 'cbc:LineID': String(index + 1) },
    };
  });
}

/** The supplier's answer as UBL 2.1 XML (Peppol BIS 3 Order Response, AgID NSO rules). */
export function ublOrderResponse(response: UblOrderResponse): string {
  return create({ version: '1.0', encoding: 'UTF-8' })
    .ele({
      OrderResponse: {
        '@xmlns': ns.response,
        '@xmlns:cac': ns.cac,
        '@xmlns:cbc': ns.cbc,
        'cbc:CustomizationID': responseCustomization,
        'cbc:ProfileID': orderingProfile,
        'cbc:ID': response.id,
        'cbc:IssueDate': response.issueDate,
        'cbc:OrderResponseCode': response.code,
        ...(response.reason ? { 'cbc:Note': response.reason.slice(0, 500) } : {}),
        'cbc:DocumentCurrencyCode': 'EUR',
        'cac:OrderReference': { 'cbc:ID': response.orderReference },
        'cac:SellerSupplierParty': {
          'cac:Party': {
            'cbc:EndpointID': { '@schemeID': '0211', '#': itVat(response.seller.vat) },
            'cac:PartyLegalEntity': { 'cbc:RegistrationName': response.seller.name },
          },
        },
        'cac:BuyerCustomerParty': {
          'cac:Party': {
            'cbc:EndpointID': { '@schemeID': '0201', '#': response.buyer.officeCode },
            'cac:PartyLegalEntity': { 'cbc:RegistrationName': response.buyer.name },
          },
        },
        ...(response.code === 'CA' ? { 'cac:OrderLine': responseLines(response.lines ?? []) } : {}),
      },
    })
    .end({ prettyPrint: true });
}

/** What the platform reads of an Order Response NSO delivers. */
export interface ReadOrderResponse {
  id: string;
  code: OrderResponseCode;
  reason: string | null;
  orderReference: string;
  sellerEndpoint: string;
  buyerEndpoint: string;
}

const child = (parent: Element, name: string): Element | undefined =>
  Array.from(parent.childNodes).find(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );
const text = (parent: Element | undefined, ...path: string[]): string => {
  let node = parent;
  for (const name of path) node = node ? child(node, name) : undefined;
  return (node?.textContent ?? '').trim();
};

/**
 * Parses an XML document we did not write, refusing before parsing what could expand or fetch
 * anything (a DOCTYPE: external entities, billion laughs).
 */
export function parseForeignXml(xml: string, refusal: Refusal): Element {
  const fail = (detail: string) => refuse(refusal, `Documento XML non valido: ${detail}`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw fail('le dichiarazioni DOCTYPE ed ENTITY non sono ammesse.');
  if (xml.includes('\u0000')) throw fail('contiene un carattere NUL.');
  const errors: string[] = [];
  const collect = (message: string) => {
    errors.push(message);
  };
  const document = new DOMParser({
    errorHandler: { error: collect, fatalError: collect },
  }).parseFromString(xml, 'text/xml');
  const root = document.documentElement;
  if (errors.length || !root) throw fail(errors[0] ?? 'documento vuoto.');
  return root;
}

/** The Order Response's facts, or a refusal naming what is missing. */
export function readOrderResponse(xml: string, refusal: Refusal): ReadOrderResponse {
  const root = parseForeignXml(xml, refusal);
  if (root.localName !== 'OrderResponse' || root.namespaceURI !== ns.response)
    throw refuse(refusal, 'Il documento non è una Order Response UBL 2.1.');
  const code = text(root, 'OrderResponseCode');
  if (!['AP', 'RE', 'CA'].includes(code))
    throw refuse(refusal, `OrderResponseCode «${code}» non previsto (AP, RE, CA).`);
  const read = {
    id: text(root, 'ID'),
    code: code as OrderResponseCode,
    reason: text(root, 'Note') || null,
    orderReference: text(root, 'OrderReference', 'ID'),
    sellerEndpoint: text(root, 'SellerSupplierParty', 'Party', 'EndpointID'),
    buyerEndpoint: text(root, 'BuyerCustomerParty', 'Party', 'EndpointID'),
  };
  if (!read.id || !read.orderReference)
    throw refuse(refusal, 'Mancano l’ID della risposta o il riferimento all’ordine.');
  return read;
}
