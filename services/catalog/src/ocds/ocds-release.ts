import { statusLabels, type Contract } from '../contracts/contract.rules.js';

/** An agency as the directory knows it: OCDS names a party by its codice fiscale. */
export interface KnownAgency {
  agencyId: string;
  name: string;
  fiscalCode: string;
}

/**
 * Who publishes the data (OCDS publisher: name, identifier scheme and id, a web page) and under
 * which policy.
 */
export interface Publisher {
  name: string;
  scheme: string;
  uid: string;
  uri: string;
  publicationPolicy: string;
}

export interface PackageOptions {
  uri: string;
  ocidPrefix: string;
  publishedDate: Date;
  publisher: Publisher;
}

// The extensions the release uses beyond OCDS 1.1 core, by the URL of their extension.json, at refs
// that exist: lots at its 1.1.5 release, techniques and the 1.2 draft on their only branch
// (master).
export const ocdsExtensionUrls = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_1_2_draft_extension/master/extension.json',
];

const statusDetails = statusLabels;

const euro = (cents: number) => ({ amount: cents / 100, currency: 'EUR' });
const dayStart = (date: string) => `${date}T00:00:00Z`;
const partyId = (fiscalCode: string) => `IT-CF-${fiscalCode}`;

/**
 * The main CPV's division tells the kind of procurement: 45 works, 49 and above services, the rest
 * goods.
 */
export function procurementCategory(cpv: readonly string[]): 'works' | 'services' | 'goods' {
  const division = Number((cpv[0] ?? '').slice(0, 2));
  if (division === 45) return 'works';
  return division >= 49 ? 'services' : 'goods';
}

/**
 * A Convenzione or Accordo Quadro as one OCDS contracting process (the framework's first stage):
 * the banditore as procuring entity, the framework's tender with its lots and term, and one award
 * per lot to the supplier with the ceiling as its maximum value. Orders against it will be
 * processes of their own, related to this ocid as their framework.
 */
export function ocdsReleasePackage(
  contract: Contract,
  banditore: KnownAgency | undefined,
  eligible: KnownAgency[],
  options: PackageOptions,
) {
  const ocid = `${options.ocidPrefix}-${contract.id}`;
  const procuringEntity = banditore
    ? { id: partyId(banditore.fiscalCode), name: banditore.name }
    : {
        id: `IT-NE-${contract.banditore.agencyId}`,
        name: contract.banditore.name ?? 'Soggetto banditore',
      };
  const supplier = { id: partyId(contract.supplier.fiscalCode), name: contract.supplier.name };
  const term = { startDate: dayStart(contract.startDate), endDate: dayStart(contract.expiryDate) };
  const parties = partiesOf(contract, banditore, eligible, procuringEntity, supplier);
  const release = {
    ocid,
    id: `${ocid}-v${contract.version}`,
    date: new Date(contract.updatedAt).toISOString(),
    tag: ['tender', 'award'],
    initiationType: 'tender',
    language: 'it',
    parties,
    buyer: procuringEntity,
    ...(contract.cup
      ? { planning: { budget: { projectID: contract.cup, project: contract.title } } }
      : {}),
    tender: tenderOf(contract, procuringEntity, term),
    awards: [awardOf(contract, supplier, term)],
  };
  const { publicationPolicy, ...publisher } = options.publisher;
  return {
    uri: options.uri,
    version: '1.1',
    extensions: ocdsExtensionUrls,
    publishedDate: options.publishedDate.toISOString(),
    publisher,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publicationPolicy,
    releases: [release],
  };
}

type Party = { id: string; name: string };
type Term = { startDate: string; endDate: string };

/**
 * The banditore buys on behalf of the agencies that adhere: procuring entity and buyer of the
 * framework.
 */
function partiesOf(
  contract: Contract,
  banditore: KnownAgency | undefined,
  eligible: KnownAgency[],
  procuringEntity: Party,
  supplier: Party,
) {
  const identifier = (fiscalCode: string, legalName: string) => ({
    scheme: 'IT-CF',
    id: fiscalCode,
    legalName,
  });
  return [
    {
      ...procuringEntity,
      ...(banditore ? { identifier: identifier(banditore.fiscalCode, banditore.name) } : {}),
      roles: ['procuringEntity', 'buyer'],
    },
    {
      ...supplier,
      identifier: identifier(contract.supplier.fiscalCode, contract.supplier.name),
      contactPoint: { email: contract.supplier.pec },
      roles: ['supplier'],
    },
    // Only a closed list of agencies is named; a convention open to every administration names
    // none.
    ...eligible.map((agency) => ({
      id: partyId(agency.fiscalCode),
      name: agency.name,
      identifier: identifier(agency.fiscalCode, agency.name),
      roles: ['buyer'],
    })),
  ];
}

function tenderOf(contract: Contract, procuringEntity: Party, term: Term) {
  const closed = contract.status === 'chiuso' || contract.status === 'scaduto';
  const documents = contract.documents.map((document, i) => ({
    id: String(i + 1),
    documentType: 'contractDraft',
    title: document.title,
    ...(document.description ? { description: document.description } : {}),
    language: 'it',
  }));
  return {
    id: contract.cig,
    title: contract.title,
    description: contract.description,
    status: contract.status === 'bozza' ? 'planned' : closed ? 'complete' : 'active',
    statusDetails: statusDetails[contract.status],
    procuringEntity,
    mainProcurementCategory: procurementCategory(contract.cpv),
    items: contract.cpv.map((cpv, i) => ({
      id: String(i + 1),
      classification: { scheme: 'CPV', id: cpv.slice(0, 8) },
    })),
    value: euro(contract.ceilingCents),
    contractPeriod: term,
    documents,
    lots: contract.lots.map((lot) => ({
      id: String(lot.number),
      title: lot.title,
      value: euro(lot.amountCents),
    })),
    techniques: {
      hasFrameworkAgreement: true,
      frameworkAgreement: { method: 'withoutReopeningCompetition' },
    },
  };
}

/**
 * One supplier for every lot: one award, whose maximum value is the ceiling (massimale) that the
 * agencies' orders erode (OCDS 1.2 draft field, eForms BT-709).
 */
function awardOf(contract: Contract, supplier: Party, term: Term) {
  return {
    id: contract.cig,
    title: contract.title,
    status: contract.status === 'bozza' ? 'pending' : 'active',
    ...(contract.publishedAt ? { date: new Date(contract.publishedAt).toISOString() } : {}),
    suppliers: [supplier],
    maximumValue: euro(contract.ceilingCents),
    contractPeriod: term,
    relatedLots: contract.lots.map((lot) => String(lot.number)),
  };
}
