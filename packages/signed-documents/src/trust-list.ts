import { readFileSync } from 'node:fs';
import { certificatesFromPem, pkijs } from './cms-engine.js';

/** The certification authorities whose signatures are accepted. */
export interface TrustList {
  anchors: pkijs.Certificate[];
  /** The files they came from, for /readyz and logs. */
  sources: string[];
}

/**
 * Reads PEM bundles of trusted CAs: the demo and test authorities in development, the qualified
 * providers of AgID's trusted list (exported to PEM) in production. A file without certificates is
 * a configuration error, not an empty list.
 */
export function loadTrustList(files: string[]): TrustList {
  const anchors = files.flatMap((file) => {
    const found = certificatesFromPem(readFileSync(file, 'utf8'));
    if (found.length === 0) throw new Error(`Nessun certificato nel file delle autorità fidate ${file}`);
    return found;
  });
  return { anchors, sources: files };
}

export const trustListFromPem = (pem: string): TrustList => ({ anchors: certificatesFromPem(pem), sources: ['inline'] });
