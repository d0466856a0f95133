/**
 * The sessions ended by logout whose tokens have not expired yet, as the identity service lists
 * them. Tokens are verified offline, so each verifier keeps this list to refuse a logged-out
 * session's tokens; it refreshes when older than `maxAgeMs`, and keeps the last list if the fetch
 * fails.
 */
export function createSessionRevocations(
  url: string,
  maxAgeMs = 2_000,
): (sessionId: string) => Promise<boolean> {
  let revoked = new Set<string>();
  let fetchedAt = 0;
  let refreshing: Promise<void> | undefined;
  const refresh = async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (!response.ok) return;
      const body = (await response.json()) as { sessions?: unknown };
      if (Array.isArray(body.sessions))
        revoked = new Set(body.sessions.filter((s): s is string => typeof s === 'string'));
      fetchedAt = Date.now();
    } catch {
      // The identity service is unreachable: the last known list stands, tokens still expire on
      // time.
    } finally {
      refreshing = undefined;
    }
  };
  return async (sessionId) => {
    if (Date.now() - fetchedAt > maxAgeMs) await (refreshing ??= refresh());
    return revoked.has(sessionId);
  };
}
