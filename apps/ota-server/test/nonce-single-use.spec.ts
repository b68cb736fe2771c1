import { signNonce } from '@app/pki';
import type { NonceResponse, SessionRequest } from '@app/protocol';
import { DataSource } from 'typeorm';
import { PRUNE_PER_SPEND } from '../src/devices/spent-nonce.repository';
import { request, startServer, TEST_DATABASE, type TestServer } from './harness';
import { deviceKeys, TestDevice } from './test-device';

/*
 * D5: a nonce opens one session, whichever instance it is presented to. Two instances on one database (B
 * through `shareWith`: same database, keys and clock, another port), no sticky sessions: the nonce GET and the
 * session POST may reach different instances, and a captured session request replayed to another instance
 * within the nonce's lifetime must be refused there too.
 */

const PROFILE = { model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'in' };
const NONCE_TTL_SECONDS = 120;

interface Answer {
  status: number;
  code?: string;
}

describe(`two instances on one ${TEST_DATABASE} database: a nonce opens one session across both`, () => {
  let A: TestServer;
  let B: TestServer;
  let device: TestDevice;

  beforeAll(async () => {
    A = await startServer({ env: { NONCE_TTL_SECONDS: String(NONCE_TTL_SECONDS) } });
    B = await startServer({ shareWith: A, env: { NONCE_TTL_SECONDS: String(NONCE_TTL_SECONDS) } });
    const [keys] = await deviceKeys(1);
    device = new TestDevice(A, keys, PROFILE);
  });
  afterAll(async () => {
    // B first: closing A drops the (shared) PostgreSQL database.
    await B?.close();
    await A?.close();
  });

  /** A session request as the device sends it, on a nonce minted by `minter`: what an eavesdropper captures. */
  async function capturedRequest(minter: TestServer): Promise<SessionRequest> {
    const { status, body } = await request<NonceResponse>(minter.url, 'GET', '/device/v1/nonce');
    expect(status).toBe(200);
    return { certificateChain: [device.certificatePem], nonce: body.nonce, signature: signNonce(device.keys.privateKeyPem, body.nonce), ...PROFILE };
  }

  async function present(to: TestServer, req: SessionRequest): Promise<Answer> {
    const res = await request<{ code?: string; deviceId?: string }>(to.url, 'POST', '/device/v1/session', req);
    if (res.status === 200) expect(res.body.deviceId).toBe(device.id);
    return res.status === 200 ? { status: 200 } : { status: res.status, code: res.body.code };
  }

  const REFUSED: Answer = { status: 401, code: 'NONCE_INVALID' };

  it('refuses on B a request that opened a session on A', async () => {
    const captured = await capturedRequest(A);
    expect(await present(A, captured)).toEqual({ status: 200 });
    expect({ replayedTo: 'B', answer: await present(B, captured) }).toEqual({ replayedTo: 'B', answer: REFUSED });
    expect({ replayedTo: 'A', answer: await present(A, captured) }).toEqual({ replayedTo: 'A', answer: REFUSED });
  });

  it('accepts a nonce on the instance that did not mint it, once; the minter refuses it afterwards', async () => {
    const captured = await capturedRequest(B);
    expect(await present(A, captured)).toEqual({ status: 200 });
    expect({ replayedTo: 'B', answer: await present(B, captured) }).toEqual({ replayedTo: 'B', answer: REFUSED });
  });

  it('opens exactly one session when the same request reaches both instances at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const captured = await capturedRequest(round % 2 ? A : B);
      const answers = await Promise.all([present(A, captured), present(B, captured)]);
      expect({ round, answers: [...answers].sort((a, b) => a.status - b.status) }).toEqual({ round, answers: [{ status: 200 }, REFUSED] });
    }
  });

  it('opens every session of a burst spread over both instances (spends written in groups), and refuses every replay', async () => {
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => capturedRequest(i % 2 ? A : B)));
    const first = await Promise.all(burst.map((req, i) => present(i % 3 ? A : B, req)));
    expect(first).toEqual(burst.map(() => ({ status: 200 })));
    const replays = await Promise.all(burst.map((req, i) => present(i % 3 ? B : A, req)));
    expect(replays).toEqual(burst.map(() => REFUSED));
  });

  it('forgets spent nonces once they have expired, a bounded number per new spend', async () => {
    const spentRows = async () => Number((await A.app.get(DataSource).query('SELECT COUNT(*) AS n FROM spent_nonce'))[0].n);
    const open = async (via: TestServer) => expect(await present(via, await capturedRequest(A))).toEqual({ status: 200 });
    const expired = await spentRows();
    expect(expired).toBeGreaterThan(3 * PRUNE_PER_SPEND);
    // Past every nonce's expiry and the margin kept for instances whose clocks lag: each new spend prunes some.
    A.clock.advanceSeconds(NONCE_TTL_SECONDS + 10 * 60);
    for (let spends = 1; spends <= Math.ceil(expired / PRUNE_PER_SPEND) + 1; spends += 1) {
      await open(spends % 2 ? A : B);
      expect({ spends, rows: await spentRows() }).toEqual({ spends, rows: Math.max(0, expired - spends * PRUNE_PER_SPEND) + spends });
    }
  });
});
