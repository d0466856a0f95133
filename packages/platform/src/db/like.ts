/**
 * Text to find inside a column with LIKE/ILIKE: its `%`, `_` and `\` stand for themselves, not
 * patterns.
 */
export const likeEscaped = (text: string) => text.replace(/[\\%_]/g, '\\$&');
