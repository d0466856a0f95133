import { adhesionEvents, anacEvents, orderingEvents } from '@app/events';
import { refusals } from '@app/platform/errors';

export const inboxRefusals = refusals({
  PROFILE_REQUIRED: { status: 409, title: 'Profilo non scelto' },
});

/** Who is told: one profile (the sender of an adhesion), or the profiles of an agency with some roles. */
export type Audience = { profileId: string } | { agencyId: string; roles: string[] };

/** A message for an audience: Italian text and the portal page of the thing. */
export interface Notice { audience: Audience; title: string; body: string; link: string }

/** The banditore's cost centre (seed 001): the RUP and the eProcurement officers of the banditore. */
const banditore = (agencyId: string): Audience => ({ agencyId, roles: ['rup', 'responsabile-eprocurement'] });
/** Those who order for an agency: they follow their orders and CIG requests. */
const orderers = (agencyId: string): Audience => ({ agencyId, roles: ['buyer', 'punto-ordinante', 'rup'] });
const senderOr = (sender: { profileId: string | null } | null, agencyId: string): Audience =>
  (sender?.profileId ? { profileId: sender.profileId } : orderers(agencyId));

type Build = (data: any) => Notice[];

const adhesionLink = (data: { adhesionId: string }) => `/adesioni/${data.adhesionId}`;
const orderLink = (data: { orderId: string }) => `/ordini/${data.orderId}`;
const euro = (cents: number) => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * The automatic notifications of seed 001 and their recipients, one builder per event type: adhesion
 * sent (aderente and the banditore's cost centre), round approved, iter approved and round not approved
 * (aderente), order sent (aderente and banditore), order approved (aderente and supplier) or rejected
 * (aderente); and ANAC's answers to the agency that asked.
 */
export const notices: Record<string, Build> = {
  [adhesionEvents.submitted.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), title: `Adesione ${data.code} inviata`, body: `${data.roundTitle} di «${data.contractTitle}» è stato inviato al RUP del soggetto banditore.`, link: adhesionLink(data) },
    { audience: banditore(data.banditoreAgencyId), title: `Nuova adesione da valutare: ${data.code}`, body: `${data.roundTitle} di «${data.contractTitle}» (CIG ${data.contractCig}), importo ${euro(data.amountCents)}.`, link: adhesionLink(data) },
  ],
  [adhesionEvents.roundApproved.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), title: `Adesione ${data.code}: round ${data.round} approvato`, body: `Il RUP ha approvato ${data.roundTitle} di «${data.contractTitle}».${data.nextRound === null ? '' : ` Puoi procedere con il round ${data.nextRound}.`}`, link: adhesionLink(data) },
  ],
  [adhesionEvents.approved.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), title: `Adesione ${data.code} approvata`, body: `L'iter di adesione a «${data.contractTitle}» è concluso: puoi emettere ordinativi di fornitura.`, link: adhesionLink(data) },
  ],
  [adhesionEvents.roundRejected.type]: (data) => [
    { audience: senderOr(data.sender, data.agencyId), title: `Adesione ${data.code}: round ${data.round} non approvato`, body: `Motivo: ${data.reason} Elimina la bozza e ripeti il round 0.`, link: adhesionLink(data) },
  ],
  [orderingEvents.orderSubmitted.type]: (data) => [
    { audience: orderers(data.agencyId), title: `Ordinativo ${data.code} inviato`, body: `L'ordinativo su «${data.contractTitle}» (${euro(data.totalCents)}) è stato inviato al soggetto banditore.`, link: orderLink(data) },
    { audience: banditore(data.banditoreAgencyId), title: `Nuovo ordinativo da approvare: ${data.code}`, body: `${data.agencyName} ha inviato un ordinativo su «${data.contractTitle}» di ${euro(data.totalCents)}.`, link: orderLink(data) },
  ],
  [orderingEvents.orderApproved.type]: (data) => [
    { audience: orderers(data.agencyId), title: `Ordinativo ${data.code} approvato`, body: `Il soggetto banditore ha approvato l'ordinativo su «${data.contractTitle}».`, link: orderLink(data) },
    ...(data.supplier.agencyId ? [{ audience: { agencyId: data.supplier.agencyId, roles: ['operatore-economico'] }, title: `Nuovo ordinativo approvato: ${data.code}`, body: `${data.agencyName} ordina su «${data.contractTitle}» (CIG ${data.cig ?? data.contractCig}) per ${euro(data.totalCents)}.`, link: orderLink(data) }] : []),
  ],
  [orderingEvents.orderRejected.type]: (data) => [
    { audience: orderers(data.agencyId), title: `Ordinativo ${data.code} rifiutato`, body: `Motivo: ${data.reason}`, link: orderLink(data) },
  ],
  [anacEvents.cigAcquired.type]: (data) => [
    { audience: orderers(data.agencyId), title: `CIG acquisito: ${data.cigs.map((c: { cig: string }) => c.cig).join(', ')}`, body: 'ANAC ha assegnato il CIG derivato: completa l\'ordine con la scheda di sintesi firmata e invialo.', link: `/richieste-cig/${data.cigRequestId}` },
  ],
  [anacEvents.appaltoRejected.type]: (data) => [
    { audience: orderers(data.agencyId), title: 'Richiesta rifiutata da ANAC', body: data.errors.map((e: { spiegazione: string }) => e.spiegazione).join(' '), link: `/richieste-cig/${data.cigRequestId}` },
  ],
};

/** The notices an event gives rise to (none for an event nobody is told about). */
export function noticesOf(type: string, data: unknown): Notice[] {
  return notices[type]?.(data) ?? [];
}
