import { Router } from 'express';
import type { WebDeps } from '../page.js';
import { publicPages } from './public.pages.js';
import { contractPages } from './contract.pages.js';
import { contractAdminPages } from './contract-admin.pages.js';
import { adhesionPages } from './adhesion.pages.js';
import { orderPages } from './order.pages.js';
import { schedaPages } from './scheda.pages.js';
import { adminPages } from './admin.pages.js';
import { inboxPages } from './inbox.pages.js';
import { communicationPages } from './communication.pages.js';
import { partnerPages } from './partner.pages.js';
import { pecPages } from './pec.pages.js';
import { pecPanelPages } from './pec-panel.pages.js';
import { paymentPages } from './payment.pages.js';
import { auditPages } from './audit.pages.js';
import { announcementPages } from './announcement.pages.js';
import { supplierPages } from './supplier.pages.js';

/** Every page of the portal, by area. */
export function portalPages(deps: WebDeps): Router {
  const router = Router();
  for (const area of [
    publicPages,
    contractAdminPages,
    contractPages,
    adhesionPages,
    orderPages,
    schedaPages,
    adminPages,
    inboxPages,
    communicationPages,
    partnerPages,
    pecPages,
    pecPanelPages,
    paymentPages,
    auditPages,
    announcementPages,
    supplierPages,
  ])
    router.use(area(deps));
  return router;
}
