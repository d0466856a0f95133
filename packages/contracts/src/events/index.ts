import { registerEvents } from '../registry.js';
import { identityEvents } from './identity.js';

registerEvents(identityEvents);

export { identityEvents };
