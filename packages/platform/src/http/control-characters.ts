import type { InvalidField } from './validation.js';

// C0 and C1 controls and DEL. PostgreSQL refuses NUL in text, logs and headers are split by CR/LF,
// and none of them belongs in a name, a code or an amount. Free text may keep tab and line breaks.
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const inLine = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const inText = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const message = 'contiene un carattere di controllo (per esempio NUL) non ammesso.';

/** Every string (and key) of a parsed value that holds a control character, with its path. */
export function controlCharacters(
  value: unknown,
  location: InvalidField['location'],
  multiline: boolean,
  path: string[] = [],
): InvalidField[] {
  const pattern = multiline ? inText : inLine;
  if (typeof value === 'string')
    return pattern.test(value) ? [{ location, path: path.join('.'), message }] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(inLine.test(key)
      ? [
          {
            location,
            path: [...path, key].join('.'),
            message: 'nome di campo con un carattere di controllo.',
          },
        ]
      : []),
    ...controlCharacters(inner, location, multiline, [...path, key]),
  ]);
}

/** The headers a service reads as values of its own (audit, idempotency): one line each. */
export const readHeaders = [
  'user-agent',
  'idempotency-key',
  'authorization',
  'x-request-id',
] as const;

export function controlCharactersInHeaders(
  header: (name: string) => string | undefined,
): InvalidField[] {
  return readHeaders.flatMap((name) =>
    controlCharacters(header(name) ?? '', 'headers', false, [name]),
  );
}
