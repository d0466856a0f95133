import { createPrivateKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface PdndCredentials {
  clientId: string;
  kid: string;
  privateKey: KeyObject;
}

/** The client key registered on PDND: it signs client assertions and tracking JWS alike. */
export function pdndCredentials(config: {
  PDND_CLIENT_ID: string;
  PDND_KID: string;
  PDND_PRIVATE_KEY_FILE?: string;
}): PdndCredentials | undefined {
  if (!config.PDND_PRIVATE_KEY_FILE) return undefined;
  return {
    clientId: config.PDND_CLIENT_ID,
    kid: config.PDND_KID,
    privateKey: createPrivateKey(readFileSync(config.PDND_PRIVATE_KEY_FILE, 'utf8')),
  };
}
