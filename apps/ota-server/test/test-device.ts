import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deviceFingerprint, issueDeviceCertificate, signNonce } from '@app/pki';
import type { DeviceRolloutStatus, NonceResponse, SessionResponse, StatusAck, UpdateResponse } from '@app/protocol';
import { deviceKeyPairs } from '../../device-agent/src/fleet/key-pool';
import { request, type TestServer } from './harness';

/** RSA device keys for tests, cached on disk across runs (the fleet emulator's key pool). */
export const deviceKeys = (count: number) => deviceKeyPairs(count, path.join(os.tmpdir(), 'ota-test-device-keys'));

export interface DeviceProfile {
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
}

/** The protocol side of a device, for server tests: a real key, a factory certificate, real sessions. */
export class TestDevice {
  token = '';
  readonly id: string;
  readonly certificatePem: string;

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
    return res.body;
  }

  report(rolloutId: string, status: Exclude<DeviceRolloutStatus, 'offered'>, extra: Record<string, unknown> = {}) {
    return this.authed<StatusAck>('POST', '/device/v1/status', { rolloutId, status, ...extra });
  }

  /** Like the agent: an expired session (the test clock moves fast) is renewed once, then the call repeated. */
  private async authed<T>(method: string, route: string, body?: unknown) {
    const res = await request<T>(this.server.url, method, route, body, this.token);
    if (res.status !== 401) return res;
    await this.openSession();
    return request<T>(this.server.url, method, route, body, this.token);
  }
}
