/**
 * D7 "expiry never surprises", on a real server whose clock the test moves: every role's time left in readiness
 * and metrics (computed when asked, not when signed), warnings ahead of expiry, and no install offered while
 * devices would refuse the metadata. tuf-js against really expired metadata: test/expiry.spec.ts.
 */
import { loadServerConfig } from '../src/config/server.config';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

const DAY = 86_400;

interface ReadyBody {
  status: string;
  ready: boolean;
  degraded: boolean;
  tuf: {
    ok: boolean;
    root: { state: string; expiresInSeconds: number; warnBeforeSeconds: number };
    targets: { state: string; expiresInSeconds: number };
    warnings: { role: string; state: string; expiresInSeconds: number; action: string }[];
    installs: { withheld: boolean; reason?: string };
  };
}

async function ready(server: TestServer): Promise<{ status: number; body: ReadyBody }> {
  const res = await fetch(`${server.url}/health/ready`);
  return { status: res.status, body: (await res.json()) as ReadyBody };
}

async function scrape(server: TestServer): Promise<string> {
  return fetch(`${server.url}/metrics`).then((r) => r.text());
}

function gauge(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  if (!line) throw new Error(`no ${series} in the scrape`);
  return Number(line.slice(series.length + 1));
}

/** Seconds from the server's clock to the root's expiry, as /health/ready reports it. */
async function rootLeftSeconds(server: TestServer): Promise<number> {
  return (await ready(server)).body.tuf.root.expiresInSeconds;
}

describe('TUF expiry in metrics: time left computed at each scrape', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('every role has a gauge, and it counts down between two scrapes with no signing in between', async () => {
    const before = await scrape(server);
    server.clock.advanceSeconds(600);
    const after = await scrape(server);
    for (const role of ['root', 'targets', 'snapshot', 'timestamp']) {
      const series = `ota_tuf_expires_in_seconds{role="${role}"}`;
      expect({ role, drop: gauge(before, series) - gauge(after, series) }).toEqual({ role, drop: 600 });
      expect(gauge(after, `ota_tuf_expiry_warning{role="${role}"}`)).toBe(0);
    }
    expect(gauge(before, 'ota_tuf_timestamp_expires_in_seconds') - gauge(after, 'ota_tuf_timestamp_expires_in_seconds')).toBe(600);
    expect(gauge(after, 'ota_installs_withheld')).toBe(0);
  });
});

describe('when the root nears its expiry (a warning period set through the config)', () => {
  const WARN = 300 * DAY;
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ env: { TUF_ROOT_WARN_BEFORE_SECONDS: String(WARN) } });
  });
  afterAll(() => server.close());

  it('is ready and not degraded a minute before the warning period', async () => {
    server.clock.advanceSeconds((await rootLeftSeconds(server)) - WARN - 60);
    await server.tick();
    const r = await ready(server);
    expect({ status: r.status, ready: r.body.ready, degraded: r.body.degraded, warnings: r.body.tuf.warnings }).toEqual({
      status: 200,
      ready: true,
      degraded: false,
      warnings: [],
    });
    expect(gauge(await scrape(server), 'ota_tuf_expiry_warning{role="root"}')).toBe(0);
  });

  it('is ready but degraded inside it, names root, how long is left and who must act, and the metric shows it', async () => {
    server.clock.advanceSeconds(120);
    await server.tick();
    const r = await ready(server);
    expect({ status: r.status, ready: r.body.ready, degraded: r.body.degraded, ok: r.body.tuf.ok }).toEqual({
      status: 200,
      ready: true,
      degraded: true,
      ok: true,
    });
    expect(r.body.status).toBe('ready');
    expect(r.body.tuf.root).toMatchObject({ state: 'warning', warnBeforeSeconds: WARN });
    expect(r.body.tuf.warnings).toEqual([
      { role: 'root', state: 'warning', expires: expect.any(String), expiresInSeconds: WARN - 60, action: expect.stringMatching(/root keyholders/) },
    ]);
    expect(r.body.tuf.installs).toEqual({ withheld: false });
    const text = await scrape(server);
    expect(gauge(text, 'ota_tuf_expiry_warning{role="root"}')).toBe(1);
    expect(gauge(text, 'ota_tuf_expiry_warning{role="targets"}')).toBe(0);
  });
});

describe('when the root has expired (366 days on)', () => {
  let server: TestServer;
  let device: TestDevice;
  let rolloutId: string;

  beforeAll(async () => {
    server = await startServer();
    [device] = await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' }));
    // Targets live 90 days: signed anew at day 300 (a release published then), only the root expires by day 366.
    server.clock.advanceSeconds(300 * DAY);
    await server.tick();
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    rolloutId = rollout.body.id;
    expect((await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`)).status).toBe(200);
    server.clock.advanceSeconds(66 * DAY);
    await server.tick();
  });
  afterAll(() => server.close());

  it('readiness and /health are 503 and name root as expired', async () => {
    const r = await ready(server);
    expect({ status: r.status, ready: r.body.ready, ok: r.body.tuf.ok }).toEqual({ status: 503, ready: false, ok: false });
    expect(r.body.tuf.root.state).toBe('expired');
    expect(r.body.tuf.warnings).toEqual([expect.objectContaining({ role: 'root', state: 'expired' })]);
    expect(r.body.tuf.installs).toEqual({ withheld: true, reason: expect.stringMatching(/^installs withheld: root metadata v1 expired at .*root keyholders/) });
    expect((await fetch(`${server.url}/health`)).status).toBe(503);
  });

  it('a device polling hears none, the rollout holds saying why, and the metric says installs are withheld', async () => {
    await device.openSession();
    expect(await device.poll()).toMatchObject({ action: 'none' });
    const view = await server.admin<{ state: string; stateReason: string; totals: Record<string, number> }>('GET', `/admin/v1/rollouts/${rolloutId}`);
    expect({ state: view.body.state, offered: view.body.totals.offered }).toEqual({ state: 'running', offered: 0 });
    expect(view.body.stateReason).toMatch(/^holding: installs withheld: root metadata/);
    expect(gauge(await scrape(server), 'ota_installs_withheld')).toBe(1);
  });
});

describe('when the targets metadata expires within the install margin (not expired yet)', () => {
  const MARGIN = 3600;
  let server: TestServer;
  let devices: TestDevice[];
  let rolloutId: string;

  /** Moves the clock to `seconds` before the targets metadata expires, and lets the server re-sign what it signs. */
  async function moveToBeforeTargetsExpiry(seconds: number): Promise<void> {
    server.clock.advanceSeconds((await ready(server)).body.tuf.targets.expiresInSeconds - seconds);
    await server.tick();
  }

  beforeAll(async () => {
    server = await startServer({ env: { TUF_INSTALL_MARGIN_SECONDS: String(MARGIN) } });
    devices = await TestDevice.fleet(server, 2, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' }));
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    rolloutId = rollout.body.id;
    expect((await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`)).status).toBe(200);
  });
  afterAll(() => server.close());

  it('a minute before the margin, a device is offered the install (ready, degraded by the targets warning)', async () => {
    await moveToBeforeTargetsExpiry(MARGIN + 60);
    await devices[0].openSession();
    expect(await devices[0].poll()).toMatchObject({ action: 'install', rolloutId });
    const r = await ready(server);
    expect({ status: r.status, degraded: r.body.degraded, installs: r.body.tuf.installs }).toEqual({
      status: 200,
      degraded: true,
      installs: { withheld: false },
    });
    expect(r.body.tuf.warnings).toEqual([expect.objectContaining({ role: 'targets', state: 'warning', action: expect.stringMatching(/release signers/) })]);
  });

  it('inside the margin, an offered device and a new one both hear none; ready, and readiness says installs are withheld', async () => {
    await moveToBeforeTargetsExpiry(MARGIN - 60);
    for (const d of devices) {
      await d.openSession();
      expect(await d.poll()).toMatchObject({ action: 'none' });
    }
    const r = await ready(server);
    expect({ status: r.status, ready: r.body.ready, degraded: r.body.degraded }).toEqual({ status: 200, ready: true, degraded: true });
    expect(r.body.tuf.installs).toEqual({
      withheld: true,
      reason: expect.stringMatching(/^installs withheld: targets metadata v\d+ expires within TUF_INSTALL_MARGIN_SECONDS \(3600\), at .*release signers/),
    });
    expect(gauge(await scrape(server), 'ota_installs_withheld')).toBe(1);
  });
});

describe('expiry configuration', () => {
  it('defaults: 60 days of warning for root, 14 for targets, 3 h for snapshot and timestamp, installs withheld 1 h ahead', () => {
    expect(loadServerConfig({}).tufExpiry).toEqual({
      warnBeforeSeconds: { root: 60 * DAY, targets: 14 * DAY, snapshot: 3 * 3600, timestamp: 3 * 3600 },
      installMarginSeconds: 3600,
    });
  });

  it('refuses a warning that would come after installs are withheld, naming the variable', () => {
    expect(() => loadServerConfig({ TUF_TARGETS_WARN_BEFORE_SECONDS: '600' })).toThrow(
      /TUF_TARGETS_WARN_BEFORE_SECONDS: must exceed TUF_INSTALL_MARGIN_SECONDS \(3600\), got 600/,
    );
  });

  it('refuses an install margin the timestamp re-sign would not beat', () => {
    expect(() => loadServerConfig({ TIMESTAMP_REFRESH_BEFORE_SECONDS: '3600' })).toThrow(
      /TUF_INSTALL_MARGIN_SECONDS: must be less than TIMESTAMP_REFRESH_BEFORE_SECONDS/,
    );
  });
});
