/**
 * JSON (or YAML) as a test holds it before asserting on it: an API's answer, a manifest, an OpenAPI
 * document. A test reads deep into it and checks each field it reads; typing every answer again in
 * every test would restate the API, and a field that is not there fails the assertion that reads it.
 * The one place where the project accepts an unchecked type, and only in tests and their harnesses.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the reason is above
export type UncheckedJson = any;
