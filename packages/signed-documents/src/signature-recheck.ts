import type { DataSource } from 'typeorm';
import { inspectDocument } from './document-inspection.js';
import type { DocumentStore } from './document-store.js';
import type { TrustList } from './trust-list.js';

export interface RecheckOutcome {
  checked: number;
  verified: number;
  refused: number;
  stillPending: number;
}

/**
 * One pass over the documents whose signature waits «verifica in corso»: each is inspected again in
 * full (the authority may answer now, or the certificate may have been revoked meanwhile) and moves
 * to
 * `valida` or `non valida`, or keeps waiting. Replicas may run it together: a row moves only once.
 */
export function recheckPendingSignatures(
  dataSource: DataSource,
  store: DocumentStore,
  trust: TrustList,
  batch = 100,
): () => Promise<RecheckOutcome> {
  return async () => {
    const outcome: RecheckOutcome = { checked: 0, verified: 0, refused: 0, stillPending: 0 };
    const pending: { id: string }[] = await dataSource.query(
      `SELECT id FROM documents WHERE signature_status = 'verifica in corso' ` +
        `ORDER BY uploaded_at LIMIT $1`,
      [batch],
    );
    for (const { id } of pending) {
      const found = await store.read(dataSource.manager, id);
      if (!found) continue;
      outcome.checked += 1;
      const inspected = await inspectDocument(found.bytes, { signatureRequired: false, trust });
      if (inspected.signatureStatus === 'verifica in corso') {
        outcome.stillPending += 1;
        continue;
      }
      await dataSource.query(
        `UPDATE documents SET signature = $2, signature_problem = $3, ` +
          `signature_status = $4 WHERE id = $1 AND signature_status = 'verifica in ` +
          `corso'`,
        [id, inspected.signature, inspected.signatureProblem, inspected.signatureStatus],
      );
      if (inspected.signatureStatus === 'valida') outcome.verified += 1;
      else outcome.refused += 1;
    }
    return outcome;
  };
}

/**
 * For /metrics: how many documents wait for their authority's answer, and for how long the oldest
 * has.
 */
export function pendingSignatureGauges(dataSource: DataSource) {
  const read = async () =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS waiting, coalesce(extract(epoch FROM now() - min(uploaded_at)),
          0)::float AS oldest
       FROM documents WHERE signature_status = 'verifica in corso'`,
      )
    )[0] as { waiting: number; oldest: number };
  return [
    {
      name: 'signatures_pending',
      description:
        "Documents whose signature waits «verifica in corso» for the authority's " +
        'answer on revocation',
      read: async () => (await read()).waiting,
    },
    {
      name: 'signatures_pending_oldest_seconds',
      description: 'Age of the oldest signature waiting «verifica in corso»',
      read: async () => (await read()).oldest,
    },
  ];
}
