/**
 * Where a fan-out stands after a batch: the last agency told (the next batch starts after it), and
 * whether the batch was its last (fewer agencies than asked for: none is left).
 */
export function afterBatch(
  told: string[],
  batchSize: number,
  before: string | null,
): { after: string | null; done: boolean } {
  return { after: told.at(-1) ?? before, done: told.length < batchSize };
}
