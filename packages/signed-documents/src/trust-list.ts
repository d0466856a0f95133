import { readFileSync } from 'node:fs';
import { certificatesFromPem, pkijs } from './cms-engine.js';
import { httpRevocationChecker, type RevocationChecker } from './revocation.js';

/**
 * How much a signature must prove beyond chaining to a trusted authority. Qualified signatures on
 * documents: a time-stamp (the signer's clock is not evidence) and an answer from the authority on
 * revocation. A provider's seal on a transport receipt: revocation asked where its certificate
 * says.
 */
export interface SignaturePolicy {
  timestamp: 'required' | 'optional';
  revocation: 'required' | 'when-named';
}

/** The certification authorities whose signatures are accepted, and how they are checked. */
export interface TrustList {
  anchors: pkijs.Certificate[];
  /** The authorities whose time-stamping units' tokens date a signature (RFC 3161). */
  timestampAuthorities: pkijs.Certificate[];
  policy: SignaturePolicy;
  revocation: RevocationChecker;
  /** The files they came from, for /readyz and logs. */
  sources: string[];
}

export const documentSignaturePolicy: SignaturePolicy = {
  timestamp: 'required',
  revocation: 'required',
};

interface TrustOptions {
  /**
   * PEM files of time-stamping authorities; the signing authorities themselves when none are named.
   */
  timestampAuthorityFiles?: string[];
  policy?: Partial<SignaturePolicy>;
  revocation?: RevocationChecker;
}

function pemFile(file: string): pkijs.Certificate[] {
  const found = certificatesFromPem(readFileSync(file, 'utf8'));
  if (found.length === 0)
    throw new Error(`Nessun certificato nel file delle autorità fidate ${file}`);
  return found;
}

/** The time-stamping authorities are the signing ones when none are named. */
function trustListOf(
  anchors: pkijs.Certificate[],
  timestampAuthorities: pkijs.Certificate[],
  options: TrustOptions,
  sources: string[],
): TrustList {
  return {
    anchors,
    timestampAuthorities: timestampAuthorities.length ? timestampAuthorities : anchors,
    policy: { ...documentSignaturePolicy, ...options.policy },
    revocation: options.revocation ?? httpRevocationChecker(),
    sources,
  };
}

/**
 * Reads PEM bundles of trusted CAs: the demo and test authorities in development, the qualified
 * providers of AgID's trusted list (exported to PEM) in production. A file without certificates is
 * a configuration error, not an empty list.
 */
export function loadTrustList(files: string[], options: TrustOptions = {}): TrustList {
  const timestampFiles = options.timestampAuthorityFiles ?? [];
  return trustListOf(files.flatMap(pemFile), timestampFiles.flatMap(pemFile), options, [
    ...files,
    ...timestampFiles,
  ]);
}

export function trustListFromPem(
  pem: string,
  options: Omit<TrustOptions, 'timestampAuthorityFiles'> & {
    timestampAuthoritiesPem?: string;
  } = {},
): TrustList {
  return trustListOf(
    certificatesFromPem(pem),
    certificatesFromPem(options.timestampAuthoritiesPem ?? ''),
    options,
    ['inline'],
  );
}
