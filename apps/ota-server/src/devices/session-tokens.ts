import { randomBytes } from 'node:crypto';
import type { DeviceProfile } from '@app/protocol';
import { HmacSha256 } from './hmac-sha256';

/** What a session token vouches for: the device and what it said of itself when it opened the session. */
export interface DeviceClaims extends DeviceProfile {
  id: string;
  /**
   * `model:firmware:channel:region` when known (see `profileKeyOf`): the hot path keys per-profile caches and the
   * check-in log by it. Must be dropped or rebuilt when a field changes.
   */
  profile?: string;
}

/** Identifies a device profile; unambiguous because the fields are labels without ':' (validated at session open). */
export function profileKeyOf(d: DeviceProfile): string {
  return `${d.model}:${d.firmwareVersion}:${d.channel}:${d.region}`;
}

/**
 * Stateless MACed tokens for the device API, so the poll hot path verifies a session and knows the device's
 * model, firmware, channel and region without a database read or a per-device cache (D6: memory stays flat
 * however large the fleet). Format: `<payload>.<mac>`, mac = HMAC-SHA256(secret, payload) in base64url, payload
 * `d2:<expiresAtSeconds>:<deviceId>:<model>:<firmware>:<channel>:<region>` (session; the fields are validated
 * labels without ':') or `n1:<random>:<expiresAtSeconds>` (nonce).
 */
const MAX_TOKEN_CHARS = 512;

export class SessionTokens {
  private readonly hmac: HmacSha256;

  constructor(secret: Buffer) {
    this.hmac = new HmacSha256(secret, MAX_TOKEN_CHARS);
  }

  issueSession(claims: DeviceClaims, expiresAt: Date): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    return this.sign(`d2:${exp}:${claims.id}:${claims.model}:${claims.firmwareVersion}:${claims.channel}:${claims.region}`);
  }

  /**
   * The claims of a valid, unexpired session token, or undefined. Every poll calls it, so it reads the fields in
   * place (no split into an array) and the profile key is a slice of the payload, not a new string.
   */
  verifySession(token: string, nowMs: number): DeviceClaims | undefined {
    const dot = this.verifiedPayloadEnd(token);
    if (dot < 0 || !token.startsWith('d2:')) return undefined;
    const c1 = 2;
    const c2 = token.indexOf(':', c1 + 1);
    const c3 = token.indexOf(':', c2 + 1);
    const c4 = token.indexOf(':', c3 + 1);
    const c5 = token.indexOf(':', c4 + 1);
    const c6 = token.indexOf(':', c5 + 1);
    if (!(c2 > c1 && c3 > c2 && c4 > c3 && c5 > c4 && c6 > c5 && c6 < dot) || token.indexOf(':', c6 + 1) !== -1) return undefined;
    const exp = Number(token.slice(c1 + 1, c2));
    if (!Number.isSafeInteger(exp) || exp * 1000 <= nowMs) return undefined;
    return {
      id: token.slice(c2 + 1, c3),
      model: token.slice(c3 + 1, c4),
      firmwareVersion: token.slice(c4 + 1, c5),
      channel: token.slice(c5 + 1, c6),
      region: token.slice(c6 + 1, dot),
      profile: token.slice(c3 + 1, dot),
    };
  }

  issueNonce(expiresAt: Date): string {
    return this.sign(`n1:${randomBytes(18).toString('base64url')}:${Math.floor(expiresAt.getTime() / 1000)}`);
  }

  verifyNonce(nonce: string, now: Date): { expiresAt: number } | undefined {
    const dot = this.verifiedPayloadEnd(nonce);
    const parts = dot < 0 ? [] : nonce.slice(0, dot).split(':');
    if (parts.length !== 3 || parts[0] !== 'n1') return undefined;
    const exp = Number(parts[2]);
    return Number.isSafeInteger(exp) && exp * 1000 > now.getTime() ? { expiresAt: exp * 1000 } : undefined;
  }

  private sign(payload: string): string {
    return `${payload}.${this.mac(payload)}`;
  }

  private mac(payload: string): string {
    return this.hmac.base64url(payload);
  }

  /** Where the payload ends (the index of the '.' before the MAC) when the MAC matches; -1 otherwise. */
  private verifiedPayloadEnd(token: string): number {
    if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS) return -1;
    const dot = token.lastIndexOf('.');
    // Compared as text (decoding the given MAC would accept other spellings of it: base64url's spare bits).
    return dot >= 0 && sameText(token, dot + 1, this.mac(token.slice(0, dot))) ? dot : -1;
  }
}

/**
 * Whether `text` from `start` on equals `expected`, in time that depends only on the lengths (no early exit on
 * the first differing character, which would let a client find a valid MAC one character at a time). Spares the
 * two Buffers `crypto.timingSafeEqual` needs on every poll.
 */
export function sameText(text: string, start: number, expected: string): boolean {
  if (text.length - start !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i += 1) diff |= text.charCodeAt(start + i) ^ expected.charCodeAt(i);
  return diff === 0;
}
