import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';

/**
 * The development PDND client key (what a real deployment registers on PDND's back office), made on
 * first use in .data/pdnd/. The ANAC PCP simulator trusts its public half.
 */
export function ensurePdndKey(root = process.cwd()): string {
  const dir = join(root, '.data', 'pdnd');
  const file = join(dir, 'client.key');
  if (!existsSync(file)) {
    // .data stays readable by the embedded PostgreSQL's user; only the key's folder is private.
    mkdirSync(join(root, '.data'), { recursive: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  return file;
}
