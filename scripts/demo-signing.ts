import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificationAuthorityFromPem, createCertificationAuthority } from '@app/platform/x509';

/** Where the demo world's certification authority and its people's signing keys live (git-ignored). */
export const demoSigningDir = (root = process.cwd()) => join(root, '.data', 'demo-firma');

interface DemoPerson { username: string; fiscalCode: string; displayName: string }

/**
 * The demo world's certification authority ("CA dimostrativa del Negozio Elettronico") and a signing
 * certificate for each demo person, with `TINIT-<codice fiscale>` as subject serialNumber, made on this
 * machine the first time they are needed. Trusted only by a platform started in development.
 */
export async function ensureDemoSigning(root = process.cwd()): Promise<{ caFile: string; keyFor(username: string): { certificatePem: string; privateKeyPem: string; chainPem: string } }> {
  const dir = demoSigningDir(root);
  // .data stays readable by the embedded PostgreSQL's user; only the keys' folder is private.
  mkdirSync(join(root, '.data'), { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const caFile = join(dir, 'ca.pem');
  const caKeyFile = join(dir, 'ca.key');
  const authority = existsSync(caFile) && existsSync(caKeyFile)
    ? await certificationAuthorityFromPem(readFileSync(caFile, 'utf8'), readFileSync(caKeyFile, 'utf8'))
    : await createCertificationAuthority('CN=CA dimostrativa del Negozio Elettronico, O=Negozio Elettronico (solo sviluppo), C=IT', 10);
  writeFileSync(caFile, authority.certificatePem);
  writeFileSync(caKeyFile, authority.privateKeyPem, { mode: 0o600 });
  const people = JSON.parse(readFileSync(join(root, 'demo', 'identities.json'), 'utf8')) as DemoPerson[];
  for (const person of people) {
    const certificateFile = join(dir, `${person.username}.pem`);
    if (existsSync(certificateFile)) continue;
    const [given, ...family] = person.displayName.split(' ');
    const issued = await authority.issue({
      subject: `C=IT, G=${given}, SN=${family.join(' ') || given}, 2.5.4.5=TINIT-${person.fiscalCode}, CN=${person.displayName}`,
      signing: true, notAfter: new Date(Date.now() + 3 * 365 * 86_400_000),
    });
    writeFileSync(join(dir, `${person.username}.key`), issued.privateKeyPem, { mode: 0o600 });
    writeFileSync(certificateFile, issued.certificatePem);
  }
  return {
    caFile,
    keyFor(username) {
      const certificateFile = join(dir, `${username}.pem`);
      if (!existsSync(certificateFile)) throw new Error(`Nessuna persona dimostrativa "${username}" (vedi demo/identities.json).`);
      return { certificatePem: readFileSync(certificateFile, 'utf8'), privateKeyPem: readFileSync(join(dir, `${username}.key`), 'utf8'), chainPem: authority.certificatePem };
    },
  };
}
