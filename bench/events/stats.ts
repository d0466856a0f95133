/** Summary of one run: throughput and end-to-end latency percentiles. */
export interface RunStats {
  events: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export function summarise(latenciesMs: number[], seconds: number): RunStats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return {
    events: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * Calls tick(i) `count` times at `ratePerSecond`, in 10 ms slices, without waiting for each to
 * finish.
 */
export async function atRate(
  count: number,
  ratePerSecond: number,
  tick: (i: number) => Promise<unknown>,
): Promise<void> {
  const perSlice = Math.max(1, Math.round(ratePerSecond / 100));
  const started = Date.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i += perSlice) {
    const due = started + (i / ratePerSecond) * 1000;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    for (let j = i; j < Math.min(count, i + perSlice); j++) pending.push(tick(j));
  }
  await Promise.all(pending);
}

export function waitUntil(check: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error('benchmark run did not complete in time'));
      }
    }, 2);
  });
}
