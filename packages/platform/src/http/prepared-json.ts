import { createHash } from 'node:crypto';

/**
 * A response body serialised once and sent many times (a remembered search): a handler returning it
 * skips JSON.stringify and ETag hashing on every request.
 */
export class PreparedJson {
  readonly etag: string;

  constructor(readonly text: string) {
    this.etag = `W/"${createHash('sha1').update(text).digest('base64url')}"`;
  }

  static of(value: unknown): PreparedJson {
    return new PreparedJson(JSON.stringify(value));
  }
}
