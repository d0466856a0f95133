import { registerEvents } from '../registry.js';
import { catalogEvents } from './catalog.js';
import { ceilingEvents } from './ceiling.js';
import { identityEvents } from './identity.js';

registerEvents(identityEvents);
registerEvents(catalogEvents);
registerEvents(ceilingEvents);

export { catalogEvents, ceilingEvents, identityEvents };
