import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';
import { deviceFingerprint, issueDeviceCertificate, signNonce } from '@app/pki';
import type { DeviceRolloutStatus, NonceResponse, SessionResponse, StatusAck, UpdateResponse } from '@app/protocol';
import { request, type TestServer } from './harness';

const generate = promisify(generateKeyPair);
const KEY_CACHE = path.join(os.tmpdir(), 'ota-test-device-keys');

/**
 * RSA device keys for tests, cached on disk across runs: key generation is the slowest part of making a
 * fleet, and a key says nothing about the code under test.
 */
export async function deviceKeys(count: number): Promise<{ publicKeyPem: string; privateKeyPem: string }[]> {
  fs.mkdirSync(KEY_CACHE, { recursive: true });
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const file = path.join(KEY_CACHE, `${i}.json`);
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKeyPem: string; privateKeyPem: string };
      const { publicKey, privateKey } = await generate('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
      const pair = { publicKeyPem: publicKey, privateKeyPem: privateKey };
      fs.writeFileSync(`${file}.tmp`, JSON.stringify(pair));
      fs.renameSync(`${file}.tmp`, file);
      return pair;
    }),
  );
}

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
