import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Stateless MACed tokens for the device API, so the poll hot path verifies a session without a database read.
 * Format: `<payload>.<mac>` where payload is `d1:<deviceId>:<expiresAtSeconds>` (session) or
 * `n1:<random>:<expiresAtSeconds>` (nonce); mac = HMAC-SHA256(secret, payload), base64url.
 */
export class SessionTokens {
  constructor(private readonly secret: Buffer) {}

  issueSession(deviceId: string, expiresAt: Date): string {
    return this.sign(`d1:${deviceId}:${Math.floor(expiresAt.getTime() / 1000)}`);
  }

  /** The device id of a valid, unexpired session token, or undefined. */
  verifySession(token: string, now: Date): string | undefined {
    const parts = this.open(token, 'd1', now);
    return parts?.[1];
  }

  issueNonce(expiresAt: Date): string {
    return this.sign(`n1:${randomBytes(18).toString('base64url')}:${Math.floor(expiresAt.getTime() / 1000)}`);
  }

  verifyNonce(nonce: string, now: Date): { expiresAt: number } | undefined {
    const parts = this.open(nonce, 'n1', now);
    return parts ? { expiresAt: Number(parts[2]) * 1000 } : undefined;
  }

  private sign(payload: string): string {
    return `${payload}.${this.mac(payload)}`;
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }

  private open(token: string, kind: string, now: Date): string[] | undefined {
    if (typeof token !== 'string' || token.length > 512) return undefined;
    const dot = token.lastIndexOf('.');
    if (dot < 0) return undefined;
    const payload = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.mac(payload));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const parts = payload.split(':');
    if (parts.length !== 3 || parts[0] !== kind) return undefined;
    const exp = Number(parts[2]);
    if (!Number.isSafeInteger(exp) || exp * 1000 <= now.getTime()) return undefined;
    return parts;
  }
}
