import { openText, sealText } from '../keys/sealed-key.js';

/**
 * The secret kept only until the mail server takes the message: sealed when the service has a key.
 */
export const sealSecret = (text: string, key: string | undefined) =>
  key ? `gcm:${sealText(text, key)}` : `plain:${text}`;
export const openSecret = (stored: string, key: string | undefined) =>
  stored.startsWith('gcm:') ? openText(stored.slice(4), key ?? '') : stored.replace(/^plain:/, '');
