import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deviceFingerprint, issueDeviceCertificate, signNonce } from '@app/pki';
import type { DeviceProfile, DeviceRolloutStatus, NonceResponse, ReportedTarget, SessionResponse, StatusAck, UpdateResponse } from '@app/protocol';
import { deviceKeyPairs } from '../../device-agent/src/fleet/key-pool';
import { request, type TestServer } from './harness';

/** RSA device keys for tests, cached on disk across runs (the fleet emulator's key pool). */
export const deviceKeys = (count: number) => deviceKeyPairs(count, path.join(os.tmpdir(), 'ota-test-device-keys'));

export type { DeviceProfile };

/** The protocol side of a device, for server tests: a real key, a factory certificate, real sessions. */
export class TestDevice {
  token = '';
  readonly id: string;
  readonly certificatePem: string;
  /** The manifest target path each rollout's answers named (D4: reports name it). */
  private readonly offered = new Map<string, string>();

  constructor(
    readonly server: TestServer,
    readonly keys: { publicKeyPem: string; privateKeyPem: string },
    public profile: DeviceProfile,
  ) {
    const ca = {
      certPem: fs.readFileSync(path.join(server.keysDir, 'factory-ca.cert.pem'), 'utf8'),
      privateKeyPem: fs.readFileSync(path.join(server.keysDir, 'private', 'factory-ca.key.pem'), 'utf8'),
    };
    this.certificatePem = issueDeviceCertificate({ ca, devicePublicKeyPem: keys.publicKeyPem, now: server.clock.now(), validDays: 3650 });
    this.id = deviceFingerprint(keys.publicKeyPem);
  }

  static async fleet(server: TestServer, count: number, profile: (i: number) => DeviceProfile, offset = 0): Promise<TestDevice[]> {
    const keys = (await deviceKeys(offset + count)).slice(offset);
    const devices = keys.map((k, i) => new TestDevice(server, k, profile(i)));
    for (const d of devices) await d.openSession();
    return devices;
  }

  async openSession(): Promise<SessionResponse> {
    const { body: n } = await request<NonceResponse>(this.server.url, 'GET', '/device/v1/nonce');
    const res = await request<SessionResponse>(this.server.url, 'POST', '/device/v1/session', {
      certificateChain: [this.certificatePem],
      nonce: n.nonce,
      signature: signNonce(this.keys.privateKeyPem, n.nonce),
      ...this.profile,
    });
    if (res.status !== 200) throw new Error(`session failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.token;
    return res.body;
  }

  async poll(): Promise<UpdateResponse> {
    const res = await this.authed<UpdateResponse>('GET', '/device/v1/update');
    if (res.status !== 200) throw new Error(`poll failed: ${res.status} ${JSON.stringify(res.body)}`);
    if (res.body.rolloutId !== undefined && res.body.target !== undefined) this.offered.set(res.body.rolloutId, res.body.target.path);
    return res.body;
  }

  /**
   * A status report bound to its offer as the agent sends it (D4): it names the target path of the rollout's
   * answers and the SHA-256 the published targets metadata lists for it. `extra.target` replaces that target.
   */
  async report(rolloutId: string, status: Exclude<DeviceRolloutStatus, 'offered' | 'timed-out'>, extra: Record<string, unknown> = {}) {
    const target = 'target' in extra ? {} : { target: await this.targetOf(rolloutId) };
    return this.authed<StatusAck>('POST', '/device/v1/status', { rolloutId, status, ...target, ...extra });
  }

  /** The target a report names: from this device's poll answers, else the rollout's release (admin API). */
  async targetOf(rolloutId: string): Promise<ReportedTarget> {
    const path = this.offered.get(rolloutId) ?? (await rolloutTargetPath(this.server, rolloutId));
    const sha256 = await publishedSha256(this.server, path);
    return sha256 === undefined ? { path } : { path, sha256 };
  }

  /** Like the agent: an expired session (the test clock moves fast) is renewed once, then the call repeated. */
  private async authed<T>(method: string, route: string, body?: unknown) {
    const res = await request<T>(this.server.url, method, route, body, this.token);
    if (res.status !== 401) return res;
    await this.openSession();
    return request<T>(this.server.url, method, route, body, this.token);
  }
}

/** The target path of a rollout's release, or a path no release has when the rollout is unknown (the server answers 404). */
async function rolloutTargetPath(server: TestServer, rolloutId: string): Promise<string> {
  const res = await server.admin<{ release?: { target: string } | null }>('GET', `/admin/v1/rollouts/${rolloutId}`);
  return res.status === 200 && res.body.release ? res.body.release.target : 'manifests/unknown/0.json';
}

const publishedHashes = new WeakMap<TestServer, Map<string, string>>();

/**
 * The SHA-256 the server's published TUF targets metadata lists for `path` (timestamp -> snapshot -> targets,
 * consistent snapshots), undefined when it lists no such target. A path's content never changes once listed.
 */
async function publishedSha256(server: TestServer, path: string): Promise<string | undefined> {
  const known = publishedHashes.get(server) ?? new Map<string, string>();
  publishedHashes.set(server, known);
  if (!known.has(path)) {
    type Meta = { signed: { meta?: Record<string, { version: number }>; targets?: Record<string, { hashes: { sha256?: string } }> } };
    const metadata = async (name: string) => (await request<Meta>(server.url, 'GET', `/tuf/metadata/${name}`)).body.signed;
    const snapshot = await metadata(`${(await metadata('timestamp.json')).meta!['snapshot.json'].version}.snapshot.json`);
    const targets = await metadata(`${snapshot.meta!['targets.json'].version}.targets.json`);
    for (const [listed, file] of Object.entries(targets.targets ?? {})) if (file.hashes.sha256) known.set(listed, file.hashes.sha256);
  }
  return known.get(path);
}
