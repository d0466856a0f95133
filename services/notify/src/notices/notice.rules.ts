import {
  adhesionEvents,
  anacEvents,
  catalogEvents,
  ceilingEvents,
  identityEvents,
  orderingEvents,
  pecEvents,
} from '@app/events';
import type { EventContract } from '@app/platform/events';
import type { z } from 'zod';

/**
 * Who is told: one profile (the sender of an adhesion), the profiles of an agency with some roles,
 * or those of every agency adhering to a contract (told in batches: fan-out).
 */
export type Audience =
  | { profileId: string }
  | { agencyId: string; roles: string[] }
  | { contractId: string; roles: string[] };

/**
 * One message of seed 001's list: who reads it, which template words it, the portal page of the
 * thing.
 * `pec` adds a certified message to an address the contract names (the supplier's PEC).
 */
export interface Notice {
  audience?: Audience;
  template: string;
  link: string;
  pec?: string;
  /** Files the PEC carries (the approved order's documents). */
  attachments?: { fileName: string; contentType: string; contentBase64: string }[];
  email?: { address: string; name: string };
}

/**
 * The banditore's cost centre (seed 001): the RUP and the eProcurement officers of the banditore.
 */
const banditore = (agencyId: string): Audience => ({
  agencyId,
  roles: ['rup', 'responsabile-eprocurement'],
});
/**
 * Those who order for an agency: they follow their orders and CIG requests, and the changes of the
 * contracts it adheres to.
 */
const ordererRoles = ['buyer', 'punto-ordinante', 'rup'];
const orderers = (agencyId: string): Audience => ({ agencyId, roles: ordererRoles });
const administrators = (agencyId: string): Audience => ({
  agencyId,
  roles: ['amministratore-ente', 'amministratore-ordine'],
});
const senderOr = (sender: { profileId: string | null } | null, agencyId: string): Audience =>
  sender?.profileId ? { profileId: sender.profileId } : orderers(agencyId);

type Build = (data: unknown) => Notice[];

/**
 * One event's builder, written against the data its contract declares: delivery has already
 * checked the data against that contract, so the builder may rely on it.
 */
function on<S extends z.ZodType, T>(
  event: EventContract<S>,
  build: (data: z.infer<S>) => T,
): Record<string, (data: unknown) => T> {
  return { [event.type]: (data) => build(data as z.infer<S>) };
}

const adhesionLink = (data: { adhesionId: string }) => `/adesioni/${data.adhesionId}`;
const orderLink = (data: { orderId: string }) => `/ordini/${data.orderId}`;
const cigRequestLink = (data: { cigRequestId: string }) => `/richieste-cig/${data.cigRequestId}`;

/**
 * The automatic notifications of seed 001 and their recipients, one builder per event type:
 * adhesion sent (aderente and the banditore's cost centre), round approved, iter approved and round
 * not approved (aderente), order sent (aderente and banditore), order approved (aderente, and the
 * supplier also by PEC), rejected (aderente) or disputed by the supplier (aderente and banditore);
 * ANAC's answers to the agency that asked; the ceiling's thresholds to the banditore; a
 * registration's outcome to the agency's people.
 */
export const notices: Record<string, Build> = {
  ...on(adhesionEvents.submitted, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-inviata',
      link: adhesionLink(data),
    },
    {
      audience: banditore(data.banditoreAgencyId),
      template: 'adesione-da-valutare',
      link: adhesionLink(data),
    },
  ]),
  ...on(adhesionEvents.roundApproved, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-round-approvato',
      link: adhesionLink(data),
    },
  ]),
  ...on(adhesionEvents.approved, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-approvata',
      link: adhesionLink(data),
    },
  ]),
  ...on(adhesionEvents.roundRejected, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-round-non-approvato',
      link: adhesionLink(data),
    },
  ]),
  ...on(orderingEvents.orderSubmitted, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'ordinativo-inviato',
      link: orderLink(data),
    },
    {
      audience: banditore(data.banditoreAgencyId),
      template: 'ordinativo-da-approvare',
      link: orderLink(data),
    },
  ]),
  ...on(orderingEvents.orderApproved, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'ordinativo-approvato',
      link: orderLink(data),
    },
  ]),
  // Seed 001: the supplier's PEC carries the order's documents; its people read it in the inbox too.
  ...on(orderingEvents.orderSupplierDispatch, (data) => [
    {
      ...(data.supplier.agencyId
        ? { audience: { agencyId: data.supplier.agencyId, roles: ['operatore-economico'] } }
        : {}),
      template: 'ordinativo-approvato-fornitore',
      link: orderLink(data),
      pec: data.supplier.pec,
      attachments: data.documents,
    },
  ]),
  ...on(orderingEvents.orderRejected, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'ordinativo-rifiutato',
      link: orderLink(data),
    },
  ]),
  // A dispute (where the contract allows one) goes to whoever sent the order and to the banditore.
  ...on(orderingEvents.orderDisputed, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'ordinativo-contestato',
      link: orderLink(data),
    },
    {
      audience: banditore(data.banditoreAgencyId),
      template: 'ordinativo-contestato',
      link: orderLink(data),
    },
  ]),
  // NSO: a discarded electronic order and the supplier's Order Response reach whoever sent the order.
  ...on(orderingEvents.orderNsoDiscarded, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'ordine-nso-scartato',
      link: orderLink(data),
    },
  ]),
  ...on(orderingEvents.orderNsoResponse, (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'risposta-ordine-nso',
      link: orderLink(data),
    },
  ]),
  ...on(anacEvents.cigAcquired, (data) => [
    { audience: orderers(data.agencyId), template: 'cig-acquisito', link: cigRequestLink(data) },
  ]),
  ...on(anacEvents.appaltoRejected, (data) => [
    {
      audience: orderers(data.agencyId),
      template: 'appalto-rifiutato',
      link: cigRequestLink(data),
    },
  ]),
  ...on(anacEvents.schedaConfirmed, (data) => [
    {
      audience: orderers(data.agencyId),
      template: 'scheda-confermata',
      link: cigRequestLink(data),
    },
  ]),
  ...on(anacEvents.schedaRejected, (data) => [
    { audience: orderers(data.agencyId), template: 'scheda-rifiutata', link: cigRequestLink(data) },
  ]),
  // The banditore is a fact of the contract kept here (needsContract), added before the notices.
  ...on(
    ceilingEvents.thresholdReached,
    (data: { contractId: string; banditoreAgencyId?: string }) =>
      data.banditoreAgencyId
        ? [
            {
              audience: banditore(data.banditoreAgencyId),
              template: 'massimale-soglia',
              link: `/contratti/${data.contractId}/massimale`,
            },
          ]
        : [],
  ),
  // Every adhering agency (seed 001: the 4,9 % rise applied to each item of the listino).
  ...on(catalogEvents.priceListRevised, (data) => [
    {
      audience: { contractId: data.contractId, roles: ordererRoles },
      template: 'revisione-prezzi',
      link: `/contratti/${data.contractId}`,
    },
  ]),
  ...on(identityEvents.registrationApproved, (data) =>
    data.users.map((user: { profileId: string }) => ({
      audience: { profileId: user.profileId },
      template: 'registrazione-approvata',
      link: '/',
    })),
  ),
  ...on(identityEvents.registrationRejected, (data) => [
    {
      audience: administrators(data.agencyId),
      template: 'registrazione-rifiutata',
      link: '/amministrazione',
    },
  ]),
};

const pecBoxLink = (data: { mailboxId: string | null }) =>
  data.mailboxId ? `/pec/caselle/${data.mailboxId}` : '/pec/richieste';
/**
 * Seed 004's Order and the holder of the box: the Order's administrators in the platform, the
 * holder at the reference e-mail.
 */
interface BoxFacts {
  orderAgencyId: string;
  mailboxId: string | null;
  holder: { referenceEmail: string; name: string };
}
const orderAndHolder =
  (order: string, holder?: string) =>
  (data: BoxFacts): Notice[] => [
    { audience: administrators(data.orderAgencyId), template: order, link: pecBoxLink(data) },
    ...(holder
      ? [
          {
            template: holder,
            link: '',
            email: { address: data.holder.referenceEmail, name: data.holder.name },
          },
        ]
      : []),
  ];

/**
 * PEC administration (seed 004): what the Order and the holder are told of each box's life and each
 * report.
 */
const pecNotices: Record<string, Build> = {
  ...on(pecEvents.mailboxRequested, orderAndHolder('pec-casella-richiesta')),
  ...on(
    pecEvents.mailboxActivated,
    orderAndHolder('pec-casella-attivata', 'pec-titolare-casella-attivata'),
  ),
  ...on(
    pecEvents.mailboxUpdated,
    orderAndHolder('pec-titolare-aggiornato', 'pec-titolare-dati-aggiornati'),
  ),
  ...on(
    pecEvents.mailboxPasswordReset,
    orderAndHolder('pec-password-reimpostata', 'pec-titolare-password-reimpostata'),
  ),
  ...on(
    pecEvents.mailboxDeleted,
    orderAndHolder('pec-casella-cancellata', 'pec-titolare-casella-cancellata'),
  ),
  ...on(pecEvents.mailboxTransferred, (data) => [
    ...(data.toOrderAgencyId
      ? [
          {
            audience: administrators(data.toOrderAgencyId),
            template: 'pec-casella-trasferita',
            link: pecBoxLink(data),
          },
        ]
      : []),
    ...(data.fromOrderAgencyId && data.fromOrderAgencyId !== data.toOrderAgencyId
      ? [
          {
            audience: administrators(data.fromOrderAgencyId),
            template: 'pec-casella-trasferita',
            link: '/pec/caselle',
          },
        ]
      : []),
    {
      template: 'pec-titolare-casella-trasferita',
      link: '',
      email: { address: data.holder.referenceEmail, name: data.holder.name },
    },
  ]),
  ...on(pecEvents.anomalyReported, (data) => [
    {
      audience: administrators(data.orderAgencyId),
      template: 'pec-anomalia-segnalata',
      link: `/pec/anomalie/${data.requestId}`,
    },
  ]),
  ...on(pecEvents.anomalyResolved, (data) => [
    {
      audience: administrators(data.orderAgencyId),
      template: 'pec-anomalia-risolta',
      link: `/pec/anomalie/${data.requestId}`,
    },
  ]),
};
Object.assign(notices, pecNotices);

const anomalyOutcomes: Record<string, string> = {
  spostata: 'casella spostata',
  corretta: 'dati corretti',
  respinta: 'segnalazione respinta',
  eseguito: 'eseguita',
};
/**
 * What a price revision did, in seed 001's words for the rise of April 2023 ("è stata applicata a
 * ciascuna voce del listino … un incremento del 4,9%").
 */
export function revisionText(revision: {
  percentBasisPoints: number | null;
  repricedItems: number;
}): string {
  const points = revision.percentBasisPoints;
  if (points === null)
    return revision.repricedItems === 1
      ? 'è stato aggiornato il prezzo di 1 voce del listino'
      : `sono stati aggiornati i prezzi di ${revision.repricedItems} voci del listino`;
  const percent = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format(
    Math.abs(points) / 100,
  );
  const change = points >= 0 ? `un incremento del ${percent}%` : `una riduzione del ${percent}%`;
  return `è stata applicata a ciascuna voce del listino ${change}`;
}

/** Words an event's template needs that are the event's facts said otherwise. */
export const derivedWords: Record<string, (data: unknown) => Record<string, unknown>> = {
  ...on(catalogEvents.priceListRevised, (data) => ({ revisionText: revisionText(data) })),
  ...on(pecEvents.anomalyResolved, (data) => ({
    outcomeLabel: anomalyOutcomes[data.outcome] ?? data.outcome,
  })),
};

/** The notices an event gives rise to (none for an event nobody is told about). */
export function noticesOf(type: string, data: unknown): Notice[] {
  return notices[type]?.(data) ?? [];
}

/**
 * Events whose words need facts kept here (a contract's title, an agency's name) before the
 * notices.
 */
export const needsContract = new Set([ceilingEvents.thresholdReached.type]);
export const needsAgencyName = new Set([
  identityEvents.registrationApproved.type,
  identityEvents.registrationRejected.type,
]);
export const contractFactsEvents = [
  catalogEvents.contractPublished.type,
  catalogEvents.contractUpdated.type,
];
