import { z } from 'zod';
import { envFileList } from '@app/platform/config';
import { loadTrustList, type TrustList } from './trust-list.js';

/** The variables of a service that verifies qualified signatures. */
export const signatureEnv = z.object({
  /** PEM files of the certification authorities whose signatures are accepted (comma-separated). */
  SIGNATURE_TRUSTED_CA_FILES: envFileList,
  /**
   * PEM files of the time-stamping authorities whose tokens date a signature; the CAs above when
   * empty.
   */
  SIGNATURE_TSA_CA_FILES: envFileList,
  /**
   * `required`: a signature without an RFC 3161 time-stamp is refused (the signer's clock is not
   * evidence).
   */
  SIGNATURE_TIMESTAMP: z.enum(['required', 'optional']).default('required'),
  /** How often signatures «verifica in corso» ask their authority again. */
  SIGNATURE_RECHECK_MS: z.coerce.number().int().min(100).default(60_000),
});

const built = new WeakMap<object, TrustList>();

/**
 * One trust list per service configuration: its requests and its recheck job share the files read
 * and the CRLs kept.
 */
export function trustListFrom(env: z.output<typeof signatureEnv>): TrustList {
  let list = built.get(env);
  if (!list) {
    list = loadTrustList(env.SIGNATURE_TRUSTED_CA_FILES, {
      timestampAuthorityFiles: env.SIGNATURE_TSA_CA_FILES,
      policy: { timestamp: env.SIGNATURE_TIMESTAMP },
    });
    built.set(env, list);
  }
  return list;
}
