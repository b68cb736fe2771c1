/**
 * Real device sessions (D5) for devices with real keys: nonce, signature with the device key, factory
 * certificate, profile. The tokens they return are what the load generator polls and reports with.
 */
import { signNonce } from '@app/pki';
import type { DeviceProfile, NonceResponse, SessionResponse } from '@app/protocol';
import type { DeviceIdentity } from './bench-factory';

export type Profile = DeviceProfile;

export interface SessionDevice {
  identity: DeviceIdentity;
  profile: Profile;
  token: string;
}

/** Opens one session per device, `concurrency` at a time; returns them in input order, and how often the server said to come back later. */
export async function openSessions(
  url: string,
  devices: { identity: DeviceIdentity; profile: Profile }[],
  concurrency = 8,
): Promise<{ sessions: SessionDevice[]; retries: number }> {
  const out: SessionDevice[] = new Array(devices.length);
  const retried = { count: 0 };
  let next = 0;
  const worker = async () => {
    while (next < devices.length) {
      const i = next++;
      out[i] = { ...devices[i], token: await withRetry(() => openSession(url, devices[i].identity, devices[i].profile), retried) };
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { sessions: out, retries: retried.count };
}

async function openSession(url: string, identity: DeviceIdentity, profile: Profile): Promise<string> {
  const nonce = (await json<NonceResponse>(await fetch(`${url}/device/v1/nonce`))).nonce;
  const body = { certificateChain: [identity.certificatePem], nonce, signature: signNonce(identity.keys.privateKeyPem, nonce), ...profile };
  const res = await fetch(`${url}/device/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const session = await json<SessionResponse>(res);
  if (session.deviceId !== identity.id) throw new Error(`session: expected device ${identity.id}, got ${session.deviceId}`);
  return session.token;
}

/** A 503 with Retry-After (D4: the server sheds when saturated) is retried as a device would, a few times. */
class ComeBackLater extends Error {
  constructor(
    message: string,
    readonly afterS: number,
  ) {
    super(message);
  }
}

const MAX_RETRIES = 5;

async function withRetry<T>(attempt: () => Promise<T>, retried: { count: number }): Promise<T> {
  for (let i = 0; ; i += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ComeBackLater) || i >= MAX_RETRIES) throw err;
      retried.count += 1;
      await new Promise((r) => setTimeout(r, err.afterS * 1000));
    }
  }
}

async function json<T>(res: Response): Promise<T> {
  const text = await res.text();
  if (res.status === 503 && res.headers.has('retry-after'))
    throw new ComeBackLater(`${res.url}: 503 ${text.slice(0, 300)}`, Number(res.headers.get('retry-after')) || 1);
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
