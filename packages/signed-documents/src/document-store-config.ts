import { z } from 'zod';
import type { DocumentStore } from './document-store.js';
import { postgresDocumentStore } from './document-store.js';
import { s3DocumentStore } from './s3-document-store.js';
import { defined } from '@app/platform/errors';

/**
 * The variables of a service that keeps uploads: PostgreSQL by default, an S3-compatible store by
 * configuration.
 */
export const documentStoreEnv = z
  .object({
    DOCUMENT_STORE: z.enum(['postgres', 's3']).default('postgres'),
    S3_ENDPOINT: z.string().url().optional(),
    S3_REGION: z.string().default('eu-south-1'),
    S3_BUCKET: z.string().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .superRefine((env, context) => {
    if (env.DOCUMENT_STORE !== 's3') return;
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!env[name])
        context.addIssue({
          code: 'custom',
          path: [name],
          message: `${name} è obbligatoria con DOCUMENT_STORE=s3`,
        });
    }
  });

export function documentStoreFrom(
  env: z.output<typeof documentStoreEnv>,
  prefix: string,
): DocumentStore {
  if (env.DOCUMENT_STORE === 'postgres') return postgresDocumentStore();
  return s3DocumentStore({
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket: defined(env.S3_BUCKET),
    accessKeyId: defined(env.S3_ACCESS_KEY_ID),
    secretAccessKey: defined(env.S3_SECRET_ACCESS_KEY),
    prefix,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
  });
}
