import type { EntityManager } from 'typeorm';
import { updateReturning } from '@app/platform/db';

const returned = 'id, question, answer, asked_at AS "askedAt", answered_at AS "answeredAt"';

export async function insertQuestion(
  manager: EntityManager,
  question: { contractId: string; agencyId: string; askedBy: string; text: string },
) {
  const [row] = await manager.query(
    `INSERT INTO clarifications (contract_id, asker_agency_id, asked_by, ` +
      `question) VALUES ($1, $2, $3, $4) RETURNING ${returned}`,
    [question.contractId, question.agencyId, question.askedBy, question.text],
  );
  return row as { id: string };
}

/**
 * The clarifications an agency sees: the banditore every question and who asked it; any other
 * agency the answered ones, anonymised, and its own still waiting.
 */
export function clarificationsFor(
  manager: EntityManager,
  contractId: string,
  tenant: string | undefined,
  banditore: boolean,
) {
  return manager.query(
    `SELECT c.id, c.question, c.answer, c.asked_at AS "askedAt", c.answered_at AS "answeredAt",
       CASE WHEN $2 THEN json_build_object('agencyId', c.asker_agency_id, 'name', d.name) END AS
         "askedBy"
     FROM clarifications c LEFT JOIN agency_directory d ON d.agency_id = c.asker_agency_id
     WHERE c.contract_id = $1 AND ($2 OR c.answer IS NOT NULL OR c.asker_agency_id = $3::uuid)
       ORDER BY c.asked_at`,
    [contractId, banditore, tenant ?? null],
  );
}

export async function answer(
  manager: EntityManager,
  id: string,
  contractId: string,
  text: string,
  answeredBy: string,
) {
  const [row] = await updateReturning(
    manager,
    `UPDATE clarifications SET answer = $3, answered_by = $4, answered_at = now() WHERE id = $1
      AND contract_id = $2
     RETURNING ${returned}`,
    [id, contractId, text, answeredBy],
  );
  return row;
}
