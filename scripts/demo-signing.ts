import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  certificationAuthorityFromPem,
  createCertificationAuthority,
  type CertificationAuthority,
} from '@app/platform/x509';
import { addSignatureTimestamp, signCades } from '@app/signed-documents';
import { issueQualifiedSigner, servicesAt, type DemoSigner } from '@app/sim-qualified-ca';
import { defined } from '@app/platform/errors';

/** Where the demo world's certification authority lives (git-ignored). */
export const demoSigningDir = (root = process.cwd()) => join(root, '.data', 'demo-firma');

/** Where `npm start` runs the demo authority's OCSP responder, CRL and time-stamping authority. */
export const defaultDemoAuthorityUrl = () =>
  process.env.DEMO_CA_URL ?? `http://127.0.0.1:${process.env.QUALIFIED_CA_PORT ?? 8093}`;

interface DemoPerson {
  username: string;
  fiscalCode: string;
  displayName: string;
}

/**
 * The demo world's certification authority ("CA dimostrativa del Negozio Elettronico"), made on
 * this machine the first time it is needed and kept. Trusted only by a platform started in
 * development.
 */
export async function ensureDemoSigning(
  root = process.cwd(),
): Promise<{ caFile: string; authority: CertificationAuthority }> {
  const dir = demoSigningDir(root);
  // .data stays readable by the embedded PostgreSQL's user; only the keys' folder is private.
  mkdirSync(join(root, '.data'), { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const caFile = join(dir, 'ca.pem');
  const caKeyFile = join(dir, 'ca.key');
  const authority =
    existsSync(caFile) && existsSync(caKeyFile)
      ? await certificationAuthorityFromPem(
          readFileSync(caFile, 'utf8'),
          readFileSync(caKeyFile, 'utf8'),
        )
      : await createCertificationAuthority(
          'CN=CA dimostrativa del Negozio Elettronico, O=Negozio Elettronico (solo sviluppo), C=IT',
          10,
        );
  writeFileSync(caFile, authority.certificatePem);
  writeFileSync(caKeyFile, authority.privateKeyPem, { mode: 0o600 });
  return { caFile, authority };
}

export interface DemoSigning {
  caFile: string;
  /**
   * The person's signing certificate (issued once per process), naming the authority's OCSP and
   * CRL.
   */
  signerOf(username: string): Promise<DemoSigner>;
  /**
   * A CAdES-T signature (.p7m) of `bytes` as that demo person: signed, then time-stamped by the
   * authority's TSA.
   */
  sign(bytes: Buffer, username: string): Promise<Buffer>;
}

/**
 * Signs as the demo people do with a signing application and a time-stamping account: a certificate
 * from the demo authority whose revocation services answer at `authorityUrl` (the qualified CA
 * simulator `npm start` runs), a CAdES-BES signature, then a time-stamp from the same provider
 * (`tsaUrl` when this process reaches it by another address than the certificates name).
 */
export async function demoSigning(
  authorityUrl = defaultDemoAuthorityUrl(),
  options: { root?: string; tsaUrl?: string } = {},
): Promise<DemoSigning> {
  const root = options.root ?? process.cwd();
  const { caFile, authority } = await ensureDemoSigning(root);
  const people = JSON.parse(
    readFileSync(join(root, 'demo', 'identities.json'), 'utf8'),
  ) as DemoPerson[];
  const issued = new Map<string, Promise<DemoSigner>>();
  const signerOf = (username: string) => {
    const person = people.find((candidate) => candidate.username === username);
    if (!person)
      return Promise.reject(
        new Error(`Nessuna persona dimostrativa "${username}" (vedi demo/identities.json).`),
      );
    if (!issued.has(username))
      issued.set(username, issueQualifiedSigner(authority, authorityUrl, person));
    return defined(issued.get(username));
  };
  return {
    caFile,
    signerOf,
    async sign(bytes, username) {
      const signed = await signCades(bytes, await signerOf(username));
      return addSignatureTimestamp(signed, options.tsaUrl ?? servicesAt(authorityUrl).tsa);
    },
  };
}
