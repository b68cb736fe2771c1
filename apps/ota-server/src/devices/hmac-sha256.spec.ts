import { createHmac, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { HmacSha256 } from './hmac-sha256';

describe('HmacSha256', () => {
  it('equals createHmac for random keys (shorter and longer than a block) and messages (any Unicode)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 130 }), fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { maxLength: 4 }), (key, parts) => {
        const message = parts.join(':');
        const mac = new HmacSha256(Buffer.from(key), 512);
        const expected = createHmac('sha256', Buffer.from(key)).update(message).digest('base64url');
        expect(mac.base64url(message)).toBe(expected);
        // Reused: a shorter message after a longer one (the buffers are reused).
        expect(mac.base64url(message.slice(0, 3))).toBe(createHmac('sha256', Buffer.from(key)).update(message.slice(0, 3)).digest('base64url'));
      }),
      { numRuns: 500 },
    );
  });

  it('handles the longest message it accepts and refuses a longer one', () => {
    const key = randomBytes(32);
    const mac = new HmacSha256(key, 512);
    const longest = '\u{10ffff}'.repeat(256);
    expect(mac.base64url(longest)).toBe(createHmac('sha256', key).update(longest).digest('base64url'));
    expect(() => mac.base64url('x'.repeat(513))).toThrow(RangeError);
  });
});
