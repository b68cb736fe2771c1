import { createHmac, randomBytes } from 'node:crypto';

/** What a session token vouches for: the device and what it said of itself when it opened the session. */
export interface DeviceClaims {
  id: string;
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
  /**
   * `model:firmware:channel:region` when known (see `profileKeyOf`): the hot path keys per-profile caches and the
   * check-in log by it. Must be dropped or rebuilt when a field changes.
   */
  profile?: string;
}

/** Identifies a device profile; unambiguous because the fields are labels without ':' (validated at session open). */
export function profileKeyOf(d: Omit<DeviceClaims, 'id' | 'profile'>): string {
  return `${d.model}:${d.firmwareVersion}:${d.channel}:${d.region}`;
}

/**
 * Stateless MACed tokens for the device API, so the poll hot path verifies a session and knows the device's
 * model, firmware, channel and region without a database read or a per-device cache (D6: memory stays flat
 * however large the fleet). Format: `<payload>.<mac>`, mac = HMAC-SHA256(secret, payload) in base64url, payload
 * `d2:<expiresAtSeconds>:<deviceId>:<model>:<firmware>:<channel>:<region>` (session; the fields are validated
 * labels without ':') or `n1:<random>:<expiresAtSeconds>` (nonce).
 */
export class SessionTokens {
  constructor(private readonly secret: Buffer) {}

  issueSession(claims: DeviceClaims, expiresAt: Date): string {
    const exp = Math.floor(expiresAt.getTime() / 1000);
    return this.sign(`d2:${exp}:${claims.id}:${claims.model}:${claims.firmwareVersion}:${claims.channel}:${claims.region}`);
  }

  /** The claims of a valid, unexpired session token, or undefined. */
  verifySession(token: string, now: Date): DeviceClaims | undefined {
    const p = this.open(token, 'd2', 1, now, 7);
    return p && { id: p[2], model: p[3], firmwareVersion: p[4], channel: p[5], region: p[6], profile: `${p[3]}:${p[4]}:${p[5]}:${p[6]}` };
  }

  issueNonce(expiresAt: Date): string {
    return this.sign(`n1:${randomBytes(18).toString('base64url')}:${Math.floor(expiresAt.getTime() / 1000)}`);
  }

  verifyNonce(nonce: string, now: Date): { expiresAt: number } | undefined {
    const parts = this.open(nonce, 'n1', 2, now, 3);
    return parts ? { expiresAt: Number(parts[2]) * 1000 } : undefined;
  }

  private sign(payload: string): string {
    return `${payload}.${this.mac(payload)}`;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  /** The payload's fields when the MAC matches, the kind and field count are right and `fields[expAt]` is in the future. */
  private open(token: string, kind: string, expAt: number, now: Date, fields: number): string[] | undefined {
    if (typeof token !== 'string' || token.length > 512) return undefined;
    const dot = token.lastIndexOf('.');
    if (dot < 0) return undefined;
    const payload = token.slice(0, dot);
    // Compared as text (decoding the given MAC would accept other spellings of it: base64url's spare bits).
    if (!sameText(token, dot + 1, this.mac(payload))) return undefined;
    const parts = payload.split(':');
    if (parts.length !== fields || parts[0] !== kind) return undefined;
    const exp = Number(parts[expAt]);
    if (!Number.isSafeInteger(exp) || exp * 1000 <= now.getTime()) return undefined;
    return parts;
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
