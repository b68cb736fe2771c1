import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bucketOf, firstStageIncluding, type Stage } from '@app/rollout';
import { sqlTxOf } from '../src/database/sql-tx';
import { CENSUS_MAX_AGE_MS } from '../src/rollouts/cohort-census.service';
import { Storage } from '../src/database/storage.service';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice, type DeviceProfile } from './test-device';

/**
 * D4 "a rollout only advances on evidence": the engine judges a stage by its samples and by the cohort the
 * registry says it should have, and holds (saying why) when the cohort is empty, silent or has not reported.
 */
const BETA: DeviceProfile = { model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' };

interface View {
  state: string;
  stateReason: string | null;
  stageIndex: number;
  stages: { percent: number; expectedDevices: number | null; counts: Record<string, number> }[];
  totals: Record<string, number>;
}

/** Devices in the registry that never poll (as a fleet mostly is), written as check-ins would write them. */
async function registerSilentDevices(server: TestServer, n: number, profile: DeviceProfile): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomBytes(32).toString('hex'));
  const now = server.clock.now().toISOString();
  await server.app.get(Storage).write('test devices', async (m) => {
    const tx = sqlTxOf(m);
    for (const id of ids) {
      await tx.run(
        `INSERT INTO device (id, model, firmware_version, channel, region, first_seen, last_seen) VALUES (${[1, 2, 3, 4, 5, 6, 7].map((i) => tx.p(i)).join(', ')})`,
        [id, profile.model, profile.firmwareVersion, profile.channel, profile.region, now, now],
      );
    }
  });
  return ids;
}

let releaseCounter = 0;

/**
 * A release of its own for each rollout (a stream's counter only goes up), started for the beta channel. It
 * supersedes the case before it on the server (D4: one running rollout per stream reaches a device).
 */
async function startRollout(
  server: TestServer,
  stages: Stage[],
  policy: Record<string, unknown>,
  audience: Record<string, unknown> = { channels: ['beta'] },
): Promise<string> {
  releaseCounter += 1;
  const manifest = { ...(readFirmwareManifest('cloud-messaging-opt-in.json') as object), releaseCounter };
  const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest });
  expect(release.status).toBe(201);
  const live = (await server.admin<{ id: string; state: string }[]>('GET', '/admin/v1/rollouts')).body.find((r) => ['running', 'paused'].includes(r.state));
  const supersedes = live ? { supersedes: live.id } : {};
  const created = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', { releaseId: release.body.id, audience, stages, policy, ...supersedes });
  expect(created.status).toBe(201);
  expect((await server.admin('POST', `/admin/v1/rollouts/${created.body.id}/start`)).status).toBe(200);
  return created.body.id;
}

const view = async (server: TestServer, id: string) => (await server.admin<View>('GET', `/admin/v1/rollouts/${id}`)).body;

/** Ticks the engine `times` times, `seconds` apart on the server's clock (each longer than a poll cycle). */
async function tickFor(server: TestServer, times: number, seconds = 600): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    server.clock.advanceSeconds(seconds);
    await server.tick();
  }
}

describe('when no device has reported', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('an empty cohort never advances (it went 10 % -> 50 % -> 100 % on "0 of 0 failed")', async () => {
    // A start needs a registered device in the audience (AUDIENCE_EMPTY): the one tagged device is untagged
    // right after, so the census finds the cohort empty.
    const [device] = await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'lab', region: 'cn' }));
    await server.admin('POST', `/admin/v1/devices/${device.id}/tags`, { add: ['evidence'] });
    const id = await startRollout(
      server,
      [
        { percent: 10, soakSeconds: 0 },
        { percent: 50, soakSeconds: 0 },
        { percent: 100, soakSeconds: 0 },
      ],
      { maxFailureRate: 0.05, minSamples: 5, confidence: 0.95 },
      { channels: ['lab'], tags: ['evidence'] },
    );
    await server.admin('POST', `/admin/v1/devices/${device.id}/tags`, { remove: ['evidence'] });
    await tickFor(server, 6);
    const v = await view(server, id);
    expect({ state: v.state, stage: v.stageIndex }).toEqual({ state: 'running', stage: 0 });
    expect(v.stages.map((s) => s.expectedDevices)).toEqual([0, 0, 0]);
    expect(v.stateReason).toMatch(/^holding: cohort empty/);
    const audit = await server.admin<{ action: string; target: string }[]>('GET', '/admin/v1/audit?limit=1000');
    expect(audit.body.filter((e) => e.target === `rollout:${id}` && e.action === 'rollout.advance')).toEqual([]);
  });

  it('a silent cohort holds, and says so (registered devices that never poll)', async () => {
    await registerSilentDevices(server, 40, BETA);
    const id = await startRollout(server, [{ percent: 100, soakSeconds: 0 }], {
      maxFailureRate: 0.05,
      minSamples: 5,
      confidence: 0.95,
      allowSmallCohort: true,
    });
    await tickFor(server, 4);
    const v = await view(server, id);
    expect({ state: v.state, expected: v.stages[0].expectedDevices }).toEqual({ state: 'running', expected: 40 });
    expect(v.stateReason).toMatch(/^holding: cohort silent: none of the 40 expected devices/);
  });
});

describe('a small share of a big fleet', () => {
  let server: TestServer;
  let silent: string[];
  let device: TestDevice;
  beforeAll(async () => {
    server = await startServer();
    silent = await registerSilentDevices(server, 499, BETA);
    [device] = await TestDevice.fleet(server, 1, () => BETA);
  });
  afterAll(() => server.close());

  it('counts the expected cohort of every stage from the registry', async () => {
    const stages = [
      { percent: 1, soakSeconds: 0 },
      { percent: 10, soakSeconds: 0 },
      { percent: 100, soakSeconds: 0 },
    ];
    const id = await startRollout(server, stages, { maxFailureRate: 0.05, minSamples: 5, confidence: 0.95 });
    await server.tick();
    const [{ salt }] = await server.app
      .get(DataSource)
      .query(`SELECT salt FROM rollout WHERE id = ${server.app.get(DataSource).options.type === 'postgres' ? '$1' : '?'}`, [id]);
    const expected = stages.map(() => 0);
    for (const d of [...silent, device.id]) expected[firstStageIncluding(bucketOf(d, salt as string), stages)] += 1;
    expect((await view(server, id)).stages.map((s) => s.expectedDevices)).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(500);
    expect((await server.admin('POST', `/admin/v1/rollouts/${id}/cancel`)).status).toBe(200);
  });

  it('one success among 500 expected devices is not evidence (it advanced on "0 of 1 failed")', async () => {
    for (const allowSmallCohort of [false, true]) {
      const id = await startRollout(server, [{ percent: 100, soakSeconds: 0 }], { maxFailureRate: 0.05, minSamples: 5, confidence: 0.95, allowSmallCohort });
      expect(await device.poll()).toMatchObject({ action: 'install', rolloutId: id });
      for (const status of ['downloading', 'installing', 'succeeded'] as const) expect((await device.report(id, status)).status).toBe(200);
      await tickFor(server, 4);
      const v = await view(server, id);
      expect({ allowSmallCohort, state: v.state, succeeded: v.totals.succeeded }).toEqual({ allowSmallCohort, state: 'running', succeeded: 1 });
      expect(v.stateReason).toMatch(allowSmallCohort ? /1 of 500 expected devices reported/ : /1 of 5 samples/);
      expect((await server.admin('POST', `/admin/v1/rollouts/${id}/cancel`)).status).toBe(200);
    }
  });
});

describe('a cohort smaller than minSamples', () => {
  let server: TestServer;
  let devices: TestDevice[];
  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 6, () => BETA);
  });
  afterAll(() => server.close());

  const installAll = async (id: string) => {
    for (const d of devices) {
      expect(await d.poll()).toMatchObject({ action: 'install', rolloutId: id });
      expect((await d.report(id, 'succeeded')).status).toBe(200);
    }
  };

  it('holds on minSamples unless the policy allows small cohorts', async () => {
    const id = await startRollout(server, [{ percent: 100, soakSeconds: 0 }], { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95 });
    await installAll(id);
    await tickFor(server, 3);
    const v = await view(server, id);
    expect(v.state).toBe('running');
    expect(v.stateReason).toMatch(/6 of 50 samples/);
    expect((await server.admin('POST', `/admin/v1/rollouts/${id}/cancel`)).status).toBe(200);
  });

  it('with allowSmallCohort, completes once every expected device reported', async () => {
    const id = await startRollout(server, [{ percent: 100, soakSeconds: 0 }], {
      maxFailureRate: 0.05,
      minSamples: 50,
      confidence: 0.95,
      allowSmallCohort: true,
    });
    await installAll(id);
    await tickFor(server, 2);
    const v = await view(server, id);
    expect(v.state).toBe('completed');
    expect(v.stateReason).toMatch(/whole cohort of 6 expected devices reported/);
  });
});

describe('a cohort whose devices installed the update', () => {
  let server: TestServer;
  let devices: TestDevice[];
  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 6, () => ({ ...BETA }));
  });
  afterAll(() => server.close());

  const censusTakenAt = async (id: string): Promise<string> => {
    const ds = server.app.get(DataSource);
    const [row] = await ds.query(`SELECT cohort_census FROM rollout WHERE id = ${ds.options.type === 'postgres' ? '$1' : '?'}`, [id]);
    return (JSON.parse(row.cohort_census as string) as { takenAt: string }).takenAt;
  };

  it('still counts them when their new firmware left the audience (the census shrank, and 4 of 6 completed the stage)', async () => {
    const audience = { channels: ['beta'], firmware: '>=5.0.0 <5.9.0' };
    const id = await startRollout(
      server,
      [{ percent: 100, soakSeconds: 0 }],
      { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95, allowSmallCohort: true },
      audience,
    );
    await server.tick();
    expect((await view(server, id)).stages[0].expectedDevices).toBe(6);
    for (const d of devices.slice(0, 4)) {
      expect(await d.poll()).toMatchObject({ action: 'install', rolloutId: id });
      for (const status of ['downloading', 'installing', 'succeeded'] as const) expect((await d.report(id, status)).status).toBe(200);
      // After the update the device runs 5.9.0 and says so when it opens its next session (a check-in).
      d.profile = { ...d.profile, firmwareVersion: '5.9.0' };
      await d.openSession();
    }
    // A census older than CENSUS_MAX_AGE_MS is taken again in the background while the last one is used.
    const first = await censusTakenAt(id);
    for (let i = 0; i < 50 && (await censusTakenAt(id)) === first; i += 1) {
      server.clock.advanceSeconds(CENSUS_MAX_AGE_MS / 1000 + 1);
      await server.tick();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await censusTakenAt(id)).not.toBe(first);
    await server.tick();
    const v = await view(server, id);
    expect({ state: v.state, expected: v.stages[0].expectedDevices }).toEqual({ state: 'running', expected: 6 });
    expect(v.stateReason).toMatch(/4 of 6 expected devices reported/);
  });
});

describe('a device that stops moving', () => {
  let server: TestServer;
  let devices: TestDevice[];
  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 14, () => BETA);
  });
  afterAll(() => server.close());

  const status = async (rolloutId: string, d: TestDevice) =>
    (await server.admin<{ rollouts: { rolloutId: string; status: string }[] }>('GET', `/admin/v1/devices/${d.id}`)).body.rollouts.find(
      (r) => r.rolloutId === rolloutId,
    )?.status;

  it('times out (it stayed downloading for ever), is offered again, and a late report still counts', async () => {
    const id = await startRollout(server, [{ percent: 100, soakSeconds: 0 }], {
      maxFailureRate: 0.5,
      minSamples: 50,
      confidence: 0.95,
      inProgressTimeoutSeconds: 600,
    });
    const [offered, downloading, installing] = devices;
    for (const d of [offered, downloading, installing]) expect(await d.poll()).toMatchObject({ action: 'install', rolloutId: id });
    await downloading.report(id, 'downloading');
    await installing.report(id, 'installing');
    server.clock.advanceSeconds(599);
    await server.tick();
    expect(await status(id, downloading)).toBe('downloading');
    server.clock.advanceSeconds(2);
    await server.tick();
    for (const d of [offered, downloading, installing]) expect(await status(id, d)).toBe('timed-out');
    expect((await view(server, id)).totals).toMatchObject({ timedOut: 3, offered: 0, downloading: 0, installing: 0 });
    // Offered again at its next poll; the slow one's late report moves it on.
    expect(await offered.poll()).toMatchObject({ action: 'install', rolloutId: id });
    expect(await status(id, offered)).toBe('offered');
    expect((await installing.report(id, 'succeeded')).status).toBe(200);
    expect((await view(server, id)).totals).toMatchObject({ timedOut: 1, offered: 1, succeeded: 1 });
    expect((await server.admin('POST', `/admin/v1/rollouts/${id}/cancel`)).status).toBe(200);
  });

  it('halts when timed-out devices count as failures and too many time out', async () => {
    const id = await startRollout(server, [{ percent: 100, soakSeconds: 3600 }], {
      maxFailureRate: 0.1,
      minSamples: 10,
      confidence: 0.95,
      inProgressTimeoutSeconds: 600,
      timedOutCountsAsFailure: true,
    });
    for (const d of devices.slice(3)) expect((await d.poll()).action).toBe('install');
    server.clock.advanceSeconds(601);
    await server.tick();
    const v = await view(server, id);
    expect(v.totals.timedOut).toBe(11);
    expect(v.state).toBe('halted');
    expect(v.stateReason).toMatch(/11 of 11 failed/);
  });
});
