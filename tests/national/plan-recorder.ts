// Reads the plan of every SELECT the process runs while recording, on the very connection that runs
// it and just before it: the same transaction, role, agency setting and parameters as the real
// query, so the plan is the one PostgreSQL will follow for it.
import pg from 'pg';
import { defined } from '@app/platform/errors';

export interface RecordedPlan {
  sql: string;
  plan: PlanNode;
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
  [key: string]: unknown;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

export function recordPlans() {
  const client = pg.Client.prototype as unknown as { query: Query };
  const original = client.query;
  let recording: Promise<RecordedPlan>[] | undefined;
  client.query = function (this: pg.Client, ...args: unknown[]) {
    const [text, values] = args;
    if (recording && typeof text === 'string' && /^\s*(SELECT|WITH)\b/i.test(text)) {
      const explained = (
        original.call(
          this,
          `EXPLAIN (VERBOSE, FORMAT JSON) ${text}`,
          Array.isArray(values) ? values : [],
        ) as Promise<{
          rows: { 'QUERY PLAN': [{ Plan: PlanNode }] }[];
        }>
      ).then((result) => ({ sql: text, plan: defined(result.rows[0])['QUERY PLAN'][0].Plan }));
      // A failed EXPLAIN shows as the real query's failure (the transaction is aborted); not here.
      explained.catch(() => undefined);
      recording.push(explained);
    }
    return original.apply(this, args);
  };
  return {
    /** Runs `work` and returns the plans of the SELECTs run meanwhile. */
    async during(work: () => Promise<void>): Promise<RecordedPlan[]> {
      recording = [];
      const plans = recording;
      try {
        await work();
      } finally {
        recording = undefined;
      }
      return Promise.all(plans);
    },
    restore: () => {
      client.query = original;
    },
  };
}

/** Every node of a plan, depth first. */
export function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}
