import fc from 'fast-check';
import { profileKeyOf, sameText, SessionTokens, type DeviceClaims } from './session-tokens';

/** What a session's fields may hold: the labels session open accepts (sessionRequestSchema in @app/protocol), and a 64-hex device id. */
const label = fc.stringMatching(/^[A-Za-z0-9._-]{1,32}$/);
const firmware = fc
  .tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.stringMatching(/^([-+][0-9A-Za-z.+-]{0,8})?$/))
  .map(([a, b, c, tail]) => `${a}.${b}.${c}${tail}`);
const claims: fc.Arbitrary<DeviceClaims> = fc.record({
  id: fc.stringMatching(/^[0-9a-f]{64}$/),
  model: label,
  firmwareVersion: firmware,
  channel: label,
  region: label,
});

const NOW = Date.parse('2026-06-01T00:00:00Z');
const LATER = new Date(NOW + 3_600_000);

describe('SessionTokens (D5: stateless device sessions)', () => {
  const tokens = new SessionTokens(Buffer.alloc(32, 7));

  it('verify(issue(claims)) gives the claims back, with the profile key of exactly those fields', () => {
    fc.assert(
      fc.property(claims, (c) => {
        const back = tokens.verifySession(tokens.issueSession(c, LATER), NOW);
        expect(back).toEqual({ ...c, profile: profileKeyOf(c) });
        expect(back?.profile).toBe(`${c.model}:${c.firmwareVersion}:${c.channel}:${c.region}`);
      }),
    );
  });

  it("refuses a token that expired, whose MAC is another secret's, or that changed in any one character", () => {
    fc.assert(
      fc.property(claims, fc.nat(), fc.integer({ min: 33, max: 126 }), (c, at, code) => {
        const token = tokens.issueSession(c, LATER);
        expect(tokens.verifySession(token, LATER.getTime())).toBeUndefined();
        expect(new SessionTokens(Buffer.alloc(32, 8)).verifySession(token, NOW)).toBeUndefined();
        const i = at % token.length;
        const changed = token.slice(0, i) + String.fromCharCode(code) + token.slice(i + 1);
        if (changed !== token) expect(tokens.verifySession(changed, NOW)).toBeUndefined();
      }),
    );
  });

  it('refuses what is not a session token: a nonce, extra fields, an oversized or non-string token', () => {
    const nonce = tokens.issueNonce(LATER);
    expect(tokens.verifySession(nonce, NOW)).toBeUndefined();
    const session = tokens.issueSession({ id: 'a'.repeat(64), model: 'm', firmwareVersion: '1.0.0', channel: 'c', region: 'r' }, LATER);
    expect(tokens.verifyNonce(session, new Date(NOW))).toBeUndefined();
    // A validly MACed payload with a seventh field (what a ':' inside a label would make) is not a session.
    const sign = (payload: string) => (tokens as unknown as { sign(p: string): string }).sign(payload);
    expect(tokens.verifySession(sign(`d2:${LATER.getTime() / 1000}:${'a'.repeat(64)}:m:1.0.0:c:r:extra`), NOW)).toBeUndefined();
    expect(tokens.verifySession(`${'x'.repeat(600)}.${'y'.repeat(43)}`, NOW)).toBeUndefined();
    expect(tokens.verifySession(42 as unknown as string, NOW)).toBeUndefined();
  });

  it('verifies its own nonces until they expire', () => {
    const nonce = tokens.issueNonce(LATER);
    expect(tokens.verifyNonce(nonce, new Date(NOW))).toEqual({ expiresAt: LATER.getTime() });
    expect(tokens.verifyNonce(nonce, LATER)).toBeUndefined();
    expect(tokens.issueNonce(LATER)).not.toBe(nonce);
  });
});

describe('sameText', () => {
  it('is equality of the tail from start, for any strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (text, expected, start) => {
        const s = start % (text.length + 1);
        expect(sameText(text, s, expected)).toBe(text.slice(s) === expected);
      }),
    );
  });
});
