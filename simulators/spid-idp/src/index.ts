export { createSpidIdp, type IdpSession, type SimulatedUser, type SpidIdpOptions } from './idp.js';
export { selfSignedCredential, type SigningCredential } from './keys.js';
export { assertionXml, responseXml, signSaml, type AssertionFacts } from './saml-messages.js';
export { faults, type Fault } from './faults.js';
