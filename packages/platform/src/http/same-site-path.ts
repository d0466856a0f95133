/**
 * A path of this site to send a browser back to, else the fallback: `//elsewhere`, `/\elsewhere`,
 * `https://…` or anything with spaces would make a redirect open to other sites.
 */
export function sameSitePath(next: unknown, fallback = '/'): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : fallback;
}
