import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { parseTrustedCas, verifyDeviceChain, verifyNonceSignature, type TrustedCas } from '@app/pki';
import type { NonceResponse, SessionRequest, SessionResponse } from '@app/protocol';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { ServerSecretsService } from '../database/server-secrets.service';
import { ApiError } from '../http/api-error';
import { apiErrorOf } from '../http/lib-errors';
import { TRUST_ANCHORS, TrustAnchors } from '../keys/trust-anchors';
import { DeviceRegistryService } from './device-registry.service';
import { SessionTokens, type DeviceClaims } from './session-tokens';
import { SlicedQueue } from './sliced-queue';
import { SpentNonceWriter } from './spent-nonce-writer';
import { VerifiedCertificates } from './verified-certificates';

const NONCE_INVALID = () => new ApiError(401, 'NONCE_INVALID', 'nonce is unknown, expired or already used; get a new one from GET /device/v1/nonce');

/**
 * D5 device sessions: the device proves possession of its factory-certified key by signing a server nonce and
 * gets a short-lived token. Its certificate fingerprint is its only identity.
 *
 * A nonce opens one session across every instance. Any instance accepts any instance's nonce (the MAC key is
 * shared, and the nonce GET and the session POST may reach different instances), so single use is recorded
 * where every instance sees it: the database's `spent_nonce` table, whose key decides between two instances
 * presented the same nonce at once. This instance's memory answers its own replays without a round trip.
 */
@Injectable()
export class DeviceSessionService implements OnModuleInit {
  private tokens!: SessionTokens;
  /** Nonces presented here, until they expire: a replay to this instance is refused before any work. */
  private readonly spent = new Map<string, number>();
  private readonly trustedCas: TrustedCas;
  /** The earliest end of validity among the trusted CAs: no cached verdict outlives it. */
  private readonly casValidToMs: number;
  private readonly verified = new VerifiedCertificates();
  private readonly checks = new SlicedQueue();

  constructor(
    private readonly secrets: ServerSecretsService,
    private readonly registry: DeviceRegistryService,
    private readonly spentNonces: SpentNonceWriter,
    @Inject(TRUST_ANCHORS) private readonly trust: TrustAnchors,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.trustedCas = parseTrustedCas(trust.factoryCaPems);
    this.casValidToMs = Math.min(...this.trustedCas.certificates.map((ca) => Date.parse(ca.validTo)));
  }

  async onModuleInit(): Promise<void> {
    this.tokens = new SessionTokens(await this.secrets.getOrCreate('device-session-mac'));
  }

  nonce(): NonceResponse {
    const expiresAt = new Date(this.clock.now().getTime() + this.config.device.nonceTtlSeconds * 1000);
    return { nonce: this.tokens.issueNonce(expiresAt), expiresAt: expiresAt.toISOString() };
  }

  /** The device behind a bearer token, or undefined: a pure in-memory check for the hot path. */
  claimsOf(token: string): DeviceClaims | undefined {
    return this.tokens.verifySession(token, this.clock.nowMs());
  }

  async open(req: SessionRequest): Promise<SessionResponse> {
    const now = this.clock.now();
    const nonce = this.tokens.verifyNonce(req.nonce, now);
    if (!nonce || this.spent.has(req.nonce)) throw NONCE_INVALID();
    // Marked before the checks, which wait for their slice: the same nonce presented here meanwhile is refused.
    this.spend(req.nonce, nonce.expiresAt, now.getTime());
    const identity = await this.checks.run(() => this.verifyIdentity(req, now));
    await this.spendInDatabase(req.nonce, nonce.expiresAt);
    const claims: DeviceClaims = { id: identity, model: req.model, firmwareVersion: req.firmwareVersion, channel: req.channel, region: req.region };
    // Registered by its first check-in (written with the next batch): a session writes nothing else itself.
    this.registry.checkin(claims);
    const expiresAt = new Date(now.getTime() + this.config.device.sessionTtlSeconds * 1000);
    return { token: this.tokens.issueSession(claims, expiresAt), expiresAt: expiresAt.toISOString(), deviceId: identity };
  }

  /**
   * Records the nonce as spent for every instance, or refuses the session: no token for a nonce not recorded
   * (a storage failure is answered 503 with Retry-After). After the checks, so that only a device that proved
   * its key causes a write (GET /nonce is open to anyone); the insert is atomic, so the order opens no race.
   */
  private async spendInDatabase(nonce: string, expiresAtMs: number): Promise<void> {
    let fresh: boolean;
    try {
      fresh = await this.spentNonces.spend(nonce, new Date(expiresAtMs));
    } catch (err) {
      // Nothing recorded and no session opened: the device may present the same nonce again once storage is back.
      this.spent.delete(nonce);
      throw err;
    }
    if (!fresh) throw NONCE_INVALID();
  }

  private verifyIdentity(req: SessionRequest, now: Date): string {
    try {
      const verified = this.verified.get(req.certificateChain, now.getTime()) ?? this.verifyChain(req.certificateChain, now);
      verifyNonceSignature(verified.publicKey, req.nonce, req.signature);
      return verified.deviceId;
    } catch (err) {
      throw apiErrorOf(err) ?? err;
    }
  }

  private verifyChain(chain: readonly string[], now: Date) {
    const verified = verifyDeviceChain(chain, this.trustedCas, now);
    this.verified.remember(chain, verified, this.casValidToMs);
    return verified;
  }

  private spend(nonce: string, expiresAt: number, now: number): void {
    this.spent.set(nonce, expiresAt);
    if (this.spent.size > 10_000) for (const [n, exp] of this.spent) if (exp <= now) this.spent.delete(n);
  }
}
