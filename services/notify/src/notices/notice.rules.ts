import { adhesionEvents, anacEvents, catalogEvents, ceilingEvents, identityEvents, orderingEvents } from '@app/events';

/** Who is told: one profile (the sender of an adhesion), or the profiles of an agency with some roles. */
export type Audience = { profileId: string } | { agencyId: string; roles: string[] };

/**
 * One message of seed 001's list: who reads it, which template words it, the portal page of the thing.
 * `pec` adds a certified message to an address the contract names (the supplier's PEC).
 */
export interface Notice { audience: Audience; template: string; link: string; pec?: string }

/** The banditore's cost centre (seed 001): the RUP and the eProcurement officers of the banditore. */
const banditore = (agencyId: string): Audience => ({ agencyId, roles: ['rup', 'responsabile-eprocurement'] });
/** Those who order for an agency: they follow their orders and CIG requests. */
const orderers = (agencyId: string): Audience => ({ agencyId, roles: ['buyer', 'punto-ordinante', 'rup'] });
const administrators = (agencyId: string): Audience => ({ agencyId, roles: ['amministratore-ente', 'amministratore-ordine'] });
const senderOr = (sender: { profileId: string | null } | null, agencyId: string): Audience =>
  (sender?.profileId ? { profileId: sender.profileId } : orderers(agencyId));

type Build = (data: any) => Notice[];

const adhesionLink = (data: { adhesionId: string }) => `/adesioni/${data.adhesionId}`;
const orderLink = (data: { orderId: string }) => `/ordini/${data.orderId}`;
const cigRequestLink = (data: { cigRequestId: string }) => `/richieste-cig/${data.cigRequestId}`;

/**
 * The automatic notifications of seed 001 and their recipients, one builder per event type: adhesion
 * sent (aderente and the banditore's cost centre), round approved, iter approved and round not approved
 * (aderente), order sent (aderente and banditore), order approved (aderente, and the supplier also by
 * PEC) or rejected (aderente); ANAC's answers to the agency that asked; the ceiling's thresholds to the
 * banditore; a registration's outcome to the agency's people.
 */
export const notices: Record<string, Build> = {
  [adhesionEvents.submitted.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), template: 'adesione-inviata', link: adhesionLink(data) },
    { audience: banditore(data.banditoreAgencyId), template: 'adesione-da-valutare', link: adhesionLink(data) },
  ],
  [adhesionEvents.roundApproved.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), template: 'adesione-round-approvato', link: adhesionLink(data) },
  ],
  [adhesionEvents.approved.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), template: 'adesione-approvata', link: adhesionLink(data) },
  ],
  [adhesionEvents.roundRejected.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), template: 'adesione-round-non-approvato', link: adhesionLink(data) },
  ],
  [orderingEvents.orderSubmitted.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'ordinativo-inviato', link: orderLink(data) },
    { audience: banditore(data.banditoreAgencyId), template: 'ordinativo-da-approvare', link: orderLink(data) },
  ],
  [orderingEvents.orderApproved.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'ordinativo-approvato', link: orderLink(data) },
    ...(data.supplier.agencyId
      ? [{ audience: { agencyId: data.supplier.agencyId, roles: ['operatore-economico'] }, template: 'ordinativo-approvato-fornitore', link: orderLink(data), pec: data.supplier.pec }]
      : []),
  ],
  [orderingEvents.orderRejected.type]: (data) => [
    { audience: orderers(data.agencyId), template: 'ordinativo-rifiutato', link: orderLink(data) },
  ],
  [anacEvents.cigAcquired.type]: (data) => [{ audience: orderers(data.agencyId), template: 'cig-acquisito', link: cigRequestLink(data) }],
  [anacEvents.appaltoRejected.type]: (data) => [{ audience: orderers(data.agencyId), template: 'appalto-rifiutato', link: cigRequestLink(data) }],
  [anacEvents.schedaConfirmed.type]: (data) => [{ audience: orderers(data.agencyId), template: 'scheda-confermata', link: cigRequestLink(data) }],
  [anacEvents.schedaRejected.type]: (data) => [{ audience: orderers(data.agencyId), template: 'scheda-rifiutata', link: cigRequestLink(data) }],
  [ceilingEvents.thresholdReached.type]: (data) => (data.banditoreAgencyId
    ? [{ audience: banditore(data.banditoreAgencyId), template: 'massimale-soglia', link: `/contratti/${data.contractId}/massimale` }]
    : []),
  [identityEvents.registrationApproved.type]: (data) => data.users.map((user: { profileId: string }) => (
    { audience: { profileId: user.profileId }, template: 'registrazione-approvata', link: '/' })),
  [identityEvents.registrationRejected.type]: (data) => [
    { audience: administrators(data.agencyId), template: 'registrazione-rifiutata', link: '/amministrazione' },
  ],
};

/** The notices an event gives rise to (none for an event nobody is told about). */
export function noticesOf(type: string, data: unknown): Notice[] {
  return notices[type]?.(data) ?? [];
}

/** Events whose words need facts kept here (a contract's title, an agency's name) before the notices. */
export const needsContract = new Set([ceilingEvents.thresholdReached.type]);
export const needsAgencyName = new Set([identityEvents.registrationApproved.type, identityEvents.registrationRejected.type]);
export const contractFactsEvents = [catalogEvents.contractPublished.type, catalogEvents.contractUpdated.type];
