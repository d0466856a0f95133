/**
 * The lane of messages no agency stands behind (the platform's own): queues serve it like any
 * other.
 */
export const noLane = '00000000-0000-0000-0000-000000000000';

/**
 * A queue served by lanes (the agency behind each message): every claim takes a share of each lane
 * with something pending instead of the oldest rows of the whole table, so one lane's backlog of
 * thousands never stands in front of another lane's single message.
 *
 * `lanes(lane)` lists the lanes with pending rows by walking an index on (lane, …) one lane at a
 * time (a skip scan: one probe per lane, whatever the backlog), and `share(k)` is each lane's part
 * of `limitParam`. The table needs an index on the lane expression, partial on `pending`.
 */
export function fairLanes(options: {
  table: string;
  lane: string;
  pending: string;
  limitParam: string;
}): string {
  const { table, lane, pending, limitParam } = options;
  return `lanes(lane) AS (
      (SELECT ${lane} FROM ${table} WHERE ${pending} ORDER BY 1 LIMIT 1)
      UNION ALL
      SELECT (SELECT ${lane} FROM ${table} WHERE ${pending} AND ${lane} > l.lane ORDER BY 1 LIMIT 1)
      FROM lanes l WHERE l.lane IS NOT NULL),
    share(k) AS (
      SELECT greatest(1, ceil(${limitParam}::numeric / greatest(count(*), 1)))::int
      FROM lanes WHERE lane IS NOT NULL)`;
}
