/** SPID levels as the SAML AuthnContextClassRef carries them (also used by CIE). */
export const spidLevels = {
  1: 'https://www.spid.gov.it/SpidL1',
  2: 'https://www.spid.gov.it/SpidL2',
  3: 'https://www.spid.gov.it/SpidL3',
} as const;

export type SpidLevel = keyof typeof spidLevels;

export function levelOf(acr: string): SpidLevel | undefined {
  const entry = Object.entries(spidLevels).find(([, uri]) => uri === acr);
  return entry ? (Number(entry[0]) as SpidLevel) : undefined;
}

// Our own levels for methods SPID does not name, so they are never mistaken for a SPID level.
export const passwordAcr = 'urn:negozio-elettronico:acr:password';
export const cnsAcr = 'urn:negozio-elettronico:acr:cns';
