import { registerEvents } from '../registry.js';
import { catalogEvents } from './catalog.js';
import { identityEvents } from './identity.js';

registerEvents(identityEvents);
registerEvents(catalogEvents);

export { catalogEvents, identityEvents };
