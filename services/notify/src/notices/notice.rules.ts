import {
  adhesionEvents,
  anacEvents,
  catalogEvents,
  ceilingEvents,
  identityEvents,
  orderingEvents,
  pecEvents,
} from '@app/events';

/**
 * Who is told: one profile (the sender of an adhesion), or the profiles of an agency with some
 * roles.
 */
export type Audience = { profileId: string } | { agencyId: string; roles: string[] };

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
  email?: { address: string; name: string };
}

/**
 * The banditore's cost centre (seed 001): the RUP and the eProcurement officers of the banditore.
 */
const banditore = (agencyId: string): Audience => ({
  agencyId,
  roles: ['rup', 'responsabile-eprocurement'],
});
/** Those who order for an agency: they follow their orders and CIG requests. */
const orderers = (agencyId: string): Audience => ({
  agencyId,
  roles: ['buyer', 'punto-ordinante', 'rup'],
});
const administrators = (agencyId: string): Audience => ({
  agencyId,
  roles: ['amministratore-ente', 'amministratore-ordine'],
});
const senderOr = (sender: { profileId: string | null } | null, agencyId: string): Audience =>
  sender?.profileId ? { profileId: sender.profileId } : orderers(agencyId);

type Build = (data: any) => Notice[];

const adhesionLink = (data: { adhesionId: string }) => `/adesioni/${data.adhesionId}`;
const orderLink = (data: { orderId: string }) => `/ordini/${data.orderId}`;
const cigRequestLink = (data: { cigRequestId: string }) => `/richieste-cig/${data.cigRequestId}`;

/**
 * The automatic notifications of seed 001 and their recipients, one builder per event type:
 * adhesion sent (aderente and the banditore's cost centre), round approved, iter approved and round
 * not approved (aderente), order sent (aderente and banditore), order approved (aderente, and the
 * supplier also by PEC) or rejected (aderente); ANAC's answers to the agency that asked; the
 * ceiling's thresholds to the banditore; a registration's outcome to the agency's people.
 */
export const notices: Record<string, Build> = {
  [adhesionEvents.submitted.type]: (data) => [
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
  ],
  [adhesionEvents.roundApproved.type]: (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-round-approvato',
      link: adhesionLink(data),
    },
  ],
  [adhesionEvents.approved.type]: (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-approvata',
      link: adhesionLink(data),
    },
  ],
  [adhesionEvents.roundRejected.type]: (data) => [
    {
      audience: senderOr(data.sender, data.agencyId),
      template: 'adesione-round-non-approvato',
      link: adhesionLink(data),
    },
  ],
  [orderingEvents.orderSubmitted.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'ordinativo-inviato', link: orderLink(data) },
    {
      audience: banditore(data.banditoreAgencyId),
      template: 'ordinativo-da-approvare',
      link: orderLink(data),
    },
  ],
  [orderingEvents.orderApproved.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'ordinativo-approvato', link: orderLink(data) },
    ...(data.supplier.agencyId
      ? [
          {
            audience: { agencyId: data.supplier.agencyId, roles: ['operatore-economico'] },
            template: 'ordinativo-approvato-fornitore',
            link: orderLink(data),
            pec: data.supplier.pec,
          },
        ]
      : []),
  ],
  [orderingEvents.orderRejected.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'ordinativo-rifiutato', link: orderLink(data) },
  ],
  [anacEvents.cigAcquired.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'cig-acquisito', link: cigRequestLink(data) },
  ],
  [anacEvents.appaltoRejected.type]: (data) => [
    {
      audience: orderers(data.agencyId),
      template: 'appalto-rifiutato',
      link: cigRequestLink(data),
    },
  ],
  [anacEvents.schedaConfirmed.type]: (data) => [
    {
      audience: orderers(data.agencyId),
      template: 'scheda-confermata',
      link: cigRequestLink(data),
    },
  ],
  [anacEvents.schedaRejected.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'scheda-rifiutata', link: cigRequestLink(data) },
  ],
  [ceilingEvents.thresholdReached.type]: (data) =>
    data.banditoreAgencyId
      ? [
          {
            audience: banditore(data.banditoreAgencyId),
            template: 'massimale-soglia',
            link: `/contratti/${data.contractId}/massimale`,
          },
        ]
      : [],
  [identityEvents.registrationApproved.type]: (data) =>
    data.users.map((user: { profileId: string }) => ({
      audience: { profileId: user.profileId },
      template: 'registrazione-approvata',
      link: '/',
    })),
  [identityEvents.registrationRejected.type]: (data) => [
    {
      audience: administrators(data.agencyId),
      template: 'registrazione-rifiutata',
      link: '/amministrazione',
    },
  ],
};

const pecBoxLink = (data: { mailboxId: string | null }) =>
  data.mailboxId ? `/pec/caselle/${data.mailboxId}` : '/pec/richieste';
/**
 * Seed 004's Order and the holder of the box: the Order's administrators in the platform, the
 * holder at the reference e-mail.
 */
const orderAndHolder =
  (order: string, holder?: string): Build =>
  (data) => [
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
  [pecEvents.mailboxRequested.type]: orderAndHolder('pec-casella-richiesta'),
  [pecEvents.mailboxActivated.type]: orderAndHolder(
    'pec-casella-attivata',
    'pec-titolare-casella-attivata',
  ),
  [pecEvents.mailboxUpdated.type]: orderAndHolder(
    'pec-titolare-aggiornato',
    'pec-titolare-dati-aggiornati',
  ),
  [pecEvents.mailboxPasswordReset.type]: orderAndHolder(
    'pec-password-reimpostata',
    'pec-titolare-password-reimpostata',
  ),
  [pecEvents.mailboxDeleted.type]: orderAndHolder(
    'pec-casella-cancellata',
    'pec-titolare-casella-cancellata',
  ),
  [pecEvents.mailboxTransferred.type]: (data) => [
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
  ],
  [pecEvents.anomalyReported.type]: (data) => [
    {
      audience: administrators(data.orderAgencyId),
      template: 'pec-anomalia-segnalata',
      link: `/pec/anomalie/${data.requestId}`,
    },
  ],
  [pecEvents.anomalyResolved.type]: (data) => [
    {
      audience: administrators(data.orderAgencyId),
      template: 'pec-anomalia-risolta',
      link: `/pec/anomalie/${data.requestId}`,
    },
  ],
};
Object.assign(notices, pecNotices);

const anomalyOutcomes: Record<string, string> = {
  spostata: 'casella spostata',
  corretta: 'dati corretti',
  respinta: 'segnalazione respinta',
  eseguito: 'eseguita',
};
/** Words an event's template needs that are the event's facts said otherwise. */
export const derivedWords: Record<string, (data: any) => Record<string, unknown>> = {
  [pecEvents.anomalyResolved.type]: (data) => ({
    outcomeLabel: anomalyOutcomes[data.outcome] ?? data.outcome,
  }),
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
