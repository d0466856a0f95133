export { createSpidIdp, type IdpSession, type SimulatedUser, type SpidIdpOptions } from './idp.js';
export { selfSignedCredential } from './keys.js';
export { faults, type Fault } from './faults.js';
