import { registerEvents } from '@app/platform/events';
import { adhesionEvents } from './adhesion.js';
import { anacEvents } from './anac.js';
import { catalogEvents } from './catalog.js';
import { ceilingEvents } from './ceiling.js';
import { identityEvents } from './identity.js';
import { notifyEvents } from './notify.js';
import { orderingEvents } from './ordering.js';
import { pecEvents } from './pec.js';

registerEvents(identityEvents);
registerEvents(catalogEvents);
registerEvents(ceilingEvents);
registerEvents(orderingEvents);
registerEvents(adhesionEvents);
registerEvents(anacEvents);
registerEvents(notifyEvents);
registerEvents(pecEvents);

export {
  adhesionEvents,
  anacEvents,
  catalogEvents,
  ceilingEvents,
  identityEvents,
  notifyEvents,
  orderingEvents,
  pecEvents,
};
