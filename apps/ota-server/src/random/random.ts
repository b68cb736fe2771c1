import { randomBytes, randomUUID } from 'node:crypto';

/**
 * Randomness comes from an injectable source, like time (clock/clock.ts): ids, salts and secrets are the
 * server's only non-deterministic values, and a test can pin them. Hashes are plain functions: they are
 * computations, not inputs.
 */
export interface Random {
  /** A random (v4) UUID. */
  uuid(): string;
  /** `bytes` cryptographically random bytes, hex-encoded. */
  hex(bytes: number): string;
  /** `bytes` cryptographically random bytes, base64url-encoded (secrets a person copies). */
  base64url(bytes: number): string;
}

export const RANDOM = Symbol('RANDOM');

export const systemRandom: Random = {
  uuid: () => randomUUID(),
  hex: (bytes) => randomBytes(bytes).toString('hex'),
  base64url: (bytes) => randomBytes(bytes).toString('base64url'),
};
