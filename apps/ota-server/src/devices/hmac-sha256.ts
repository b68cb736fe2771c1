import { hash } from 'node:crypto';

const BLOCK = 64;

/**
 * HMAC-SHA256 (RFC 2104: H((K ^ opad) || H((K ^ ipad) || m))) with one key, computed by two one-shot
 * `crypto.hash` calls into buffers made once. The poll verifies a session token's MAC on every request, and
 * `createHmac` builds a JS object and a native one per call (OpenSSL 3 sets up a MAC context each time), which
 * on this class of machine cost more than the hashing: measured in the server, ~1-2 us of the ~26 us a poll
 * costs. The same function with the same bytes out: hmac-sha256.spec.ts compares it with `createHmac` over random
 * keys and messages. Messages are encoded as UTF-8, as `createHmac(...).update(string)` does. Not reentrant (it
 * is synchronous).
 */
export class HmacSha256 {
  private readonly inner: Buffer;
  private readonly outer = Buffer.alloc(BLOCK + 32);
  /** Views of `inner` by message length, made once each (a view per call would be an allocation per poll). */
  private readonly views: Buffer[] = [];

  /** `maxChars`: the longest message accepted, in UTF-16 units (up to three UTF-8 bytes each). */
  constructor(
    key: Buffer,
    private readonly maxChars: number,
  ) {
    const k = key.length > BLOCK ? hash('sha256', key, 'buffer') : key;
    this.inner = Buffer.alloc(BLOCK + maxChars * 3);
    for (let i = 0; i < BLOCK; i += 1) {
      const b = i < k.length ? k[i] : 0;
      this.inner[i] = b ^ 0x36;
      this.outer[i] = b ^ 0x5c;
    }
  }

  /** The MAC of `message` in base64url (unpadded, as `digest('base64url')`); throws past `maxChars`. */
  base64url(message: string): string {
    if (message.length > this.maxChars) throw new RangeError(`message longer than ${this.maxChars} characters`);
    const n = this.inner.write(message, BLOCK, 'utf8');
    const view = (this.views[n] ??= this.inner.subarray(0, BLOCK + n));
    this.outer.write(hash('sha256', view, 'hex'), BLOCK, 'hex');
    return hash('sha256', this.outer, 'base64url');
  }
}
