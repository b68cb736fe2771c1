import type { KeyObject, X509Certificate } from 'node:crypto';

interface Verified {
  deviceId: string;
  publicKey: KeyObject;
  /** When the chain (leaf and CA) is valid, in ms since the epoch. */
  validFromMs: number;
  validToMs: number;
}

/**
 * Chains that passed every check, by their exact PEM text, so that a device renewing its session (hourly) does
 * not have its certificate parsed and checked again (~0.7 ms of the event loop's time each). What is cached is a
 * verdict on immutable bytes under fixed trust anchors; validity at `now` is checked on every use, and a chain
 * not valid now is checked in full again (so the refusal names its reason). Bounded: the oldest entry goes first.
 */
export class VerifiedCertificates {
  private readonly byChain = new Map<string, Verified>();

  constructor(private readonly max = 50_000) {}

  get(chain: readonly string[], nowMs: number): Verified | undefined {
    const key = chain.join('\n');
    const hit = this.byChain.get(key);
    if (!hit || nowMs < hit.validFromMs || nowMs > hit.validToMs) return undefined;
    // Most recently used last: the eviction below drops the least recently used.
    this.byChain.delete(key);
    this.byChain.set(key, hit);
    return hit;
  }

  remember(chain: readonly string[], verified: { deviceId: string; publicKey: KeyObject; certificate: X509Certificate }, caValidToMs: number): void {
    const key = chain.join('\n');
    this.byChain.set(key, {
      deviceId: verified.deviceId,
      publicKey: verified.publicKey,
      validFromMs: Date.parse(verified.certificate.validFrom),
      validToMs: Math.min(Date.parse(verified.certificate.validTo), caValidToMs),
    });
    if (this.byChain.size > this.max) this.byChain.delete(this.byChain.keys().next().value!);
  }
}
