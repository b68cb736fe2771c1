/**
 * D6 "acknowledged means committed", tried the way production meets it: in the middle of a rollout with real
 * agents, the sqlite disk fills up (a 20 MiB tmpfs of the test's own), or the connection to PostgreSQL is cut (a
 * TCP proxy of the test's own; the shared cluster keeps running). While the storage is gone, devices holding a
 * session are answered their polls from memory, writes are answered 503 STORAGE_UNAVAILABLE with Retry-After
 * (never 2xx, never 500), new sessions too (D5: a nonce is recorded as spent before it opens one), and
 * readiness is red; when it returns, writes resume by themselves. Then the server is killed (kill -9) and
 * started again: every report that was answered 2xx is in the database, and every one that was not was sent
 * again by its agent and landed.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { Agent, type AgentEvent } from '../apps/device-agent/src/agent/agent';
import { EmulatedDevice } from '../apps/device-agent/src/device/emulated-device';
import { deviceKeyPairs } from '../apps/device-agent/src/fleet/key-pool';
import { readFirmwareManifest } from '../apps/ota-server/test/harness';
import { ensureDevKeys } from '../apps/ota-server/src/keys/dev-keys';
import { recordHttp, type HttpRecorder } from './support/http-recorder';
import { startServerProcess, type ServerProcess } from './support/server-process';

const ADMIN = 'storage-faults-admin-token-0123456789';
const DEVICES = 12;
const PROFILE = { model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' };

/** What breaks and mends the storage, and how the server reaches it. */
interface Fault {
  env: Record<string, string>;
  /** Whether reads fail too (the database is gone), not only writes (the disk is full). */
  unreachable: boolean;
  break(): Promise<void>;
  mend(): Promise<void>;
  dispose(): Promise<void>;
}

interface Device {
  device: EmulatedDevice;
  events: AgentEvent[];
}

class Scenario {
  server!: ServerProcess;
  devices: Device[] = [];
  /** Each device's agent that opened its session before any fault, and keeps it. */
  readonly running = new Map<Device, Agent>();
  rolloutId = '';
  http!: HttpRecorder;
  readonly env: Record<string, string>;

  constructor(
    readonly fault: Fault,
    readonly dir: string,
  ) {
    this.env = {
      ...fault.env,
      KEYS_DIR: path.join(dir, 'keys'),
      ADMIN_TOKEN: ADMIN,
      LOG_LEVEL: 'warn',
      CHECKIN_FLUSH_MS: '100',
      ROLLOUT_TICK_MS: '3600000',
      POLL_INTERVAL_SECONDS: '1',
      POLL_JITTER_SECONDS: '0',
      SHUTDOWN_DRAIN_MS: '200',
      // Other test files run at the same time on this machine; shedding is not what this test is about.
      SHED_LOOP_DELAY_MS: '60000',
    };
  }

  async start(): Promise<void> {
    await ensureDevKeys(this.env.KEYS_DIR);
    this.server = await startServerProcess(this.env);
    const keys = await deviceKeyPairs(DEVICES);
    const read = (file: string) => fs.readFileSync(path.join(this.env.KEYS_DIR, file), 'utf8');
    const factoryCa = { certPem: read('factory-ca.cert.pem'), privateKeyPem: read('private/factory-ca.key.pem') };
    for (let i = 0; i < DEVICES; i += 1) {
      const device = await EmulatedDevice.manufacture({
        dir: path.join(this.dir, `device-${i}`),
        profile: PROFILE,
        factoryCa,
        pinnedRootJson: read('1.root.json'),
        keyPair: keys[i],
        now: new Date(),
      });
      this.devices.push({ device, events: [] });
    }
    const release = await this.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await this.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    this.rolloutId = rollout.body.id;
    // Every device opens its session while the storage is fine; the rollout has not started, so that poll offers nothing.
    for (const d of this.devices) this.running.set(d, this.agent(d));
    await this.pollRound(this.devices, (d) => this.running.get(d)!);
    expect((await this.admin('POST', `/admin/v1/rollouts/${this.rolloutId}/start`)).status).toBe(200);
    this.http = recordHttp();
  }

  async admin<T = unknown>(method: string, route: string, body?: unknown): Promise<{ status: number; body: T; retryAfter: string | null }> {
    const res = await fetch(`${this.server.url}${route}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T, retryAfter: res.headers.get('retry-after') };
  }

  /** One poll per device, by default each through a fresh agent (as after a reboot: nothing carried over but the device). */
  async pollRound(devices = this.devices, agentOf = (d: Device) => this.agent(d)): Promise<void> {
    for (const d of devices) {
      const agent = agentOf(d);
      await agent.pollOnce().catch(() => undefined);
    }
  }

  agent(d: Device): Agent {
    return new Agent({ serverUrl: this.server.url, device: d.device, onEvent: (e) => d.events.push(e) });
  }

  acknowledged(d: Device): string[] {
    return d.events.flatMap((e) => (e.type === 'status' && e.rolloutId === this.rolloutId ? [e.status] : []));
  }

  /** Every status report answered so far, by HTTP status. */
  reportAnswers(): Map<number, number> {
    const byStatus = new Map<number, number>();
    for (const x of this.http.exchanges)
      if (x.method === 'POST' && x.url.endsWith('/device/v1/status')) byStatus.set(x.status, (byStatus.get(x.status) ?? 0) + 1);
    return byStatus;
  }

  async restart(signal: NodeJS.Signals): Promise<void> {
    await this.server.stop(signal);
    this.server = await startServerProcess(this.env);
  }
}

async function run(fault: Fault): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-storage-faults-'));
  const s = new Scenario(fault, dir);
  try {
    await s.start();
    // A third of the fleet installs while the storage is fine.
    await s.pollRound(s.devices.slice(0, DEVICES / 3));
    for (const d of s.devices.slice(0, DEVICES / 3)) expect(s.acknowledged(d)).toEqual(['downloading', 'installing', 'succeeded']);
    await s.http.settle();

    await fault.break();
    const before = s.reportAnswers();
    // Devices holding a session are answered their polls from memory; every write is refused with 503 +
    // Retry-After, none acknowledged.
    await s.pollRound(s.devices, (d) => s.running.get(d)!);
    await s.http.settle();
    const during = s.http.exchanges.filter((x) => x.method === 'POST' && x.url.endsWith('/device/v1/status')).slice(sum(before));
    expect(during.length).toBeGreaterThan(0);
    for (const x of during)
      expect({ status: x.status, body: JSON.parse(x.responseBody.toString()) }).toEqual({
        status: 503,
        body: expect.objectContaining({ code: 'STORAGE_UNAVAILABLE' }),
      });
    const polls = s.http.exchanges.filter((x) => x.url.includes('/device/v1/update'));
    expect(polls.slice(-DEVICES).map((x) => x.status)).toEqual(Array(DEVICES).fill(200));
    // D5: no session without its nonce recorded as spent; a device rebooting now is told to come back later.
    const rebooted = s.agent(s.devices[0]);
    const refused = await rebooted.pollOnce().then(
      () => 'a session',
      (err: unknown) => err,
    );
    expect(refused).toMatchObject({ status: 503, apiCode: 'STORAGE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
    const refusedUser = await s.admin('POST', '/admin/v1/users', { name: 'during-the-outage', roles: ['viewer'] });
    expect({ status: refusedUser.status, retryAfter: refusedUser.retryAfter }).toEqual({ status: 503, retryAfter: expect.stringMatching(/^\d+$/) });
    expect(refusedUser.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    const ready = await fetch(`${s.server.url}/health/ready`);
    expect(ready.status).toBe(503);
    if (fault.unreachable) {
      const read = await s.admin('GET', '/admin/v1/rollouts');
      expect({ status: read.status, body: read.body, retryAfter: read.retryAfter }).toEqual({
        status: 503,
        body: expect.objectContaining({ code: 'STORAGE_UNAVAILABLE' }),
        retryAfter: expect.stringMatching(/^\d+$/),
      });
    }

    await fault.mend();
    // Writes resume by themselves, without a restart.
    const after = await eventually(async () => {
      const res = await s.admin('POST', '/admin/v1/users', { name: 'after-the-outage', roles: ['viewer'] });
      return res.status === 201 ? res : undefined;
    });
    expect(after.status).toBe(201);
    for (let round = 0; round < 6 && !s.devices.every((d) => s.acknowledged(d).includes('succeeded')); round += 1) await s.pollRound();
    for (const d of s.devices) expect(s.acknowledged(d)).toContain('succeeded');
    expect((await fetch(`${s.server.url}/health/ready`)).status).toBe(200);
    await s.http.settle();
    expect(s.reportAnswers().get(500)).toBeUndefined();

    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      await s.restart(signal);
      // Every acknowledged report is there: each device's last acknowledged status, each outcome counted once.
      for (const d of s.devices) {
        const record = await s.admin<{ rollouts: { rolloutId: string; status: string }[] }>('GET', `/admin/v1/devices/${d.device.id}`);
        expect(record.body.rollouts.find((r) => r.rolloutId === s.rolloutId)?.status).toBe(s.acknowledged(d).at(-1));
      }
      const view = await s.admin<{ totals: { succeeded: number }; outcomes: Record<string, Record<string, Record<string, number>>> }>(
        'GET',
        `/admin/v1/rollouts/${s.rolloutId}`,
      );
      expect(view.body.totals.succeeded).toBe(DEVICES);
      // Each device's outcomes counted exactly once: per key and op, the results add up to the fleet.
      for (const [key, ops] of Object.entries(view.body.outcomes)) {
        for (const [op, results] of Object.entries(ops))
          expect({ key, op, n: Object.values(results).reduce((a, b) => a + b, 0) }).toEqual({ key, op, n: DEVICES });
      }
      const users = await s.admin<{ name: string }[]>('GET', '/admin/v1/users');
      expect(users.body.map((t) => t.name)).toContain('after-the-outage');
      expect(users.body.map((t) => t.name)).not.toContain('during-the-outage');
      expect((await s.admin('GET', '/admin/v1/audit/verify')).body).toMatchObject({ ok: true });
    }
  } finally {
    s.http?.restore();
    await s.server?.stop('SIGKILL');
    await fault.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function sum(m: Map<number, number>): number {
  return [...m.values()].reduce((a, b) => a + b, 0);
}

async function eventually<T>(fn: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A 20 MiB tmpfs as DATA_DIR, filled to the last byte by a file of the test's own, which it later deletes. */
function fullDisk(): Fault {
  const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=20m', 'tmpfs', mount], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`this test mounts a small tmpfs and needs root for it (CI runs as root): ${(err as Error).message}`);
  }
  const filler = path.join(mount, 'filler');
  return {
    env: { DATA_DIR: mount },
    unreachable: false,
    break: async () => {
      const fd = fs.openSync(filler, 'w');
      const chunk = Buffer.alloc(64 * 1024);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
      try {
        for (;;) fs.writeSync(fd, chunk, 0, 512);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        fs.closeSync(fd);
      }
    },
    mend: async () => fs.rmSync(filler),
    dispose: async () => {
      execFileSync('umount', ['-l', mount]);
      fs.rmSync(mount, { recursive: true, force: true });
    },
  };
}

const PG_ADMIN_URL = process.env.OTA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh database reached through a TCP proxy that the test can cut (every connection reset, new ones refused). */
async function cutConnection(): Promise<Fault> {
  const name = `ota_faults_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const upstream = new URL(PG_ADMIN_URL);
  const sockets = new Set<net.Socket>();
  let cut = false;
  const proxy = net.createServer((client) => {
    if (cut) return void client.destroy();
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    for (const s of [client, server]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(server).pipe(client);
    client.on('close', () => server.destroy());
    server.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const via = new URL(PG_ADMIN_URL);
  via.port = String((proxy.address() as net.AddressInfo).port);
  via.pathname = `/${name}`;
  return {
    env: {
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ota-pg-data-')),
      DATABASE_URL: via.toString(),
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_QUERY_TIMEOUT_MS: '3000',
    },
    unreachable: true,
    break: async () => {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    mend: async () => {
      cut = false;
    },
    dispose: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => proxy.close(resolve));
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

describe('storage faults in the middle of a rollout, with real agents', () => {
  it('sqlite: the disk fills up', async () => run(fullDisk()), 180_000);
  it('PostgreSQL: the connection is cut', async () => run(await cutConnection()), 180_000);
});
