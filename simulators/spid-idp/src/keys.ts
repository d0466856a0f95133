import { selfSignedCredential as credential, type SigningCredential } from '@app/platform/x509';

export type { SigningCredential };

/** A fresh RSA-2048 key with a self-signed certificate, as a test IdP needs. */
export const selfSignedCredential = (commonName: string): Promise<SigningCredential> =>
  credential({ name: `CN=${commonName}, O=Simulatore SPID, C=IT` });
