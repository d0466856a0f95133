import type { Me } from '../page.js';

/**
 * Which buttons a page offers: a button shows only when the API's own route table lets the caller
 * call its operation (`GET /api/v1/operations`), never from a copy of the roles here. Whether the
 * resource's state and agency allow it is each page's to add; the API still decides every action.
 */
export function offers(me: Me | undefined, callable: ReadonlySet<string>) {
  const may = (operationId: string) => callable.has(operationId);
  return {
    agencyId: me?.selectedProfile?.agency.id,
    adhere: may('createAdhesion'),
    order: may('createOrder'),
    sendOrder: may('submitOrder'),
    newContract: may('createContract'),
    editContract: may('updateContract'),
    answerClarification: may('answerClarification'),
    judgeAdhesions: may('approveAdhesionRound'),
    judgeOrders: may('approveOrder'),
    orderAdmin: may('listPecMembers'),
    operator: may('approveRegistration'),
    payments: may('getOrderPayments'),
    mandates: may('listPayments'),
    auditTrail: may('getOrderAuditTrail'),
    announce: may('publishAnnouncement'),
  };
}
