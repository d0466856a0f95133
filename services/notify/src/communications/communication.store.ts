import type { EntityManager } from 'typeorm';

export interface NewThread {
  contractId: string;
  kind: string;
  subject: string;
  fromAgencyId: string;
  fromParty: string;
  toAgencyId: string;
  toParty: string;
}
export interface NewMessage {
  communicationId: string;
  authorAgencyId: string;
  authorProfileId: string;
  authorName: string;
  body: string;
  documentId?: string;
}

const threadView = `c.id, c.contract_id AS "contractId", c.kind, c.subject, c.from_agency_id AS
  "fromAgencyId", c.from_party AS "fromParty",
  fa.name AS "fromAgencyName", c.to_agency_id AS "toAgencyId", c.to_party AS "toParty", ta.name AS
    "toAgencyName",
  c.created_at AS "createdAt", c.last_message_at AS "lastMessageAt"`;
const named =
  'LEFT JOIN agencies fa ON fa.agency_id = c.from_agency_id LEFT JOIN ' +
  'agencies ta ON ta.agency_id = c.to_agency_id';

export async function createThread(manager: EntityManager, thread: NewThread): Promise<string> {
  const [row] = await manager.query(
    `INSERT INTO communications (contract_id, kind, subject, from_agency_id, from_party,
      to_agency_id, to_party)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      thread.contractId,
      thread.kind,
      thread.subject,
      thread.fromAgencyId,
      thread.fromParty,
      thread.toAgencyId,
      thread.toParty,
    ],
  );
  return row.id;
}

export async function addMessage(
  manager: EntityManager,
  message: NewMessage,
): Promise<{ id: string; createdAt: string }> {
  const [row] = await manager.query(
    `INSERT INTO communication_messages (communication_id, author_agency_id, author_profile_id,
      author_name, body, document_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at AS "createdAt"`,
    [
      message.communicationId,
      message.authorAgencyId,
      message.authorProfileId,
      message.authorName,
      message.body,
      message.documentId ?? null,
    ],
  );
  await manager.query('UPDATE communications SET last_message_at = now() WHERE id = $1', [
    message.communicationId,
  ]);
  // The author has read what they wrote.
  await manager.query(
    `INSERT INTO communication_reads (message_id, profile_id, agency_id, ` +
      `reader_name) VALUES ($1, $2, $3, $4)`,
    [row.id, message.authorProfileId, message.authorAgencyId, message.authorName],
  );
  return row;
}

/**
 * The threads of a contract the agency is one of the two parties of, with what the profile has not
 * read yet.
 */
export function threadsOf(
  manager: EntityManager,
  contractId: string,
  agencyId: string,
  profileId: string,
) {
  return manager.query(
    `SELECT ${threadView},
       (SELECT count(*)::int FROM communication_messages m WHERE m.communication_id = c.id
          AND NOT EXISTS (SELECT 1 FROM communication_reads r WHERE r.message_id = m.id AND
            r.profile_id = $3)) AS unread
     FROM communications c ${named}
     WHERE c.contract_id = $1 AND $2 IN (c.from_agency_id, c.to_agency_id) ORDER BY
       c.last_message_at DESC`,
    [contractId, agencyId, profileId],
  );
}

/** A thread, only for its two parties (undefined for anyone else: they learn nothing of it). */
export async function threadFor(manager: EntityManager, id: string, agencyId: string) {
  const [row] = await manager.query(
    `SELECT ${threadView} FROM communications c ${named} WHERE c.id = $1 AND ` +
      `$2 IN (c.from_agency_id, c.to_agency_id)`,
    [id, agencyId],
  );
  return row as
    (NewThread & { id: string; fromAgencyName: string; toAgencyName: string }) | undefined;
}

/** Marks the thread's messages read by the profile, keeping the first reading's time. */
export async function markRead(
  manager: EntityManager,
  id: string,
  reader: { profileId: string; agencyId: string; name: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO communication_reads (message_id, profile_id, agency_id, reader_name)
     SELECT m.id, $2, $3, $4 FROM communication_messages m WHERE m.communication_id = $1 ON
       CONFLICT DO NOTHING`,
    [id, reader.profileId, reader.agencyId, reader.name],
  );
}

/** The messages in order, each with who read it and when. */
export function messagesOf(manager: EntityManager, id: string) {
  return manager.query(
    `SELECT m.id, m.author_agency_id AS "authorAgencyId", a.name AS "authorAgencyName",
      m.author_name AS "authorName", m.body, m.created_at AS "createdAt",
       CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('id', d.id, 'fileName',
         d.file_name, 'sizeBytes', d.size_bytes, 'sha256', trim(d.sha256),
         'signer', d.signature->>'signerName') END AS document,
       coalesce((SELECT json_agg(json_build_object('name', r.reader_name, 'agencyId', r.agency_id,
         'readAt', r.read_at) ORDER BY r.read_at)
         FROM communication_reads r WHERE r.message_id = m.id), '[]') AS reads
     FROM communication_messages m LEFT JOIN agencies a ON a.agency_id = m.author_agency_id LEFT
       JOIN documents d ON d.id = m.document_id
     WHERE m.communication_id = $1 ORDER BY m.created_at, m.id`,
    [id],
  );
}

export async function nameOf(manager: EntityManager, profileId: string): Promise<string> {
  const [row] = await manager.query(
    `SELECT coalesce(p.given_name || ' ' || p.family_name, '') AS name FROM ` +
      `recipients r LEFT JOIN people p USING (person_id) WHERE r.profile_id = ` +
      `$1`,
    [profileId],
  );
  return row?.name || 'Utente';
}

export async function agencyNames(
  manager: EntityManager,
  ids: string[],
): Promise<Record<string, string>> {
  const rows: { id: string; name: string }[] = await manager.query(
    'SELECT agency_id AS id, name FROM agencies WHERE agency_id = ANY($1::uuid[])',
    [ids],
  );
  return Object.fromEntries(rows.map((row) => [row.id, row.name]));
}

/**
 * Whether a document is attached to a message of the thread (a party reads only its thread's
 * files).
 */
export async function attachedTo(
  manager: EntityManager,
  threadId: string,
  documentId: string,
): Promise<boolean> {
  const rows = await manager.query(
    'SELECT 1 FROM communication_messages WHERE communication_id = $1 AND document_id = $2',
    [threadId, documentId],
  );
  return rows.length > 0;
}
