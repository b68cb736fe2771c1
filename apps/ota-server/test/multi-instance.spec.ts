import type { StageCounts } from '@app/rollout';
import { DataSource } from 'typeorm';
import { TufRepositoryService } from '../src/tuf/tuf-repository.service';
import { expectCountsMatchStates, readFirmwareManifest, startServer, TEST_DATABASE, type TestServer } from './harness';
import { DeviceStateWriter } from '../src/rollouts/device-state-writer.service';
import { deviceKeys, TestDevice, type DeviceProfile } from './test-device';

/*
 * D6: several server instances on one database behave as one. Each describe starts two instances
 * (A, and B through `shareWith`: same database, keys and clock, another port) and drives them over HTTP.
 *
 * On PostgreSQL (the `ota-server:postgres` project) this is the supported scale-out. On sqlite both instances
 * open the same WAL file: the same checks run, but two connections in one process is a weaker test of
 * concurrency than two processes on PostgreSQL.
 */

type Name = 'A' | 'B';
const OTHER: Record<Name, Name> = { A: 'B', B: 'A' };

interface Pair {
  A: TestServer;
  B: TestServer;
}

interface RolloutView {
  id: string;
  state: string;
  stateReason: string | null;
  stageIndex: number;
  stages: { percent: number; counts: StageCounts }[];
  totals: StageCounts & { health: { samples: number; failureRate: number } };
  outcomes: Record<string, Record<string, Record<string, number>>>;
}

interface AuditEntry {
  seq: number;
  action: string;
  actor: string;
  target: string;
  summary: { before: { state: string; stageIndex: number } | null; after: unknown };
}

/** One physical device, and the same device as seen through each instance (one key, one session token). */
interface Handset {
  index: number;
  at: Record<Name, TestDevice>;
  polls: Name;
  reports: Name;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A, then B sharing A's database, keys and clock; both with `env`, B additionally with `envB`. */
async function startPair(env: Record<string, string>, envB: Record<string, string> = {}): Promise<Pair> {
  const A = await startServer({ env });
  const B = await startServer({ shareWith: A, env: { ...env, ...envB } });
  return { A, B };
}

async function closePair(pair: Pair | undefined): Promise<void> {
  // B first: closing A drops the (shared) PostgreSQL database.
  await pair?.B.close();
  await pair?.A.close();
}

/**
 * `count` devices; each opens its session with the instance it polls. The token is valid on every instance
 * (the MAC key is in the database), so the same device can report through the other one.
 */
async function handsets(
  pair: Pair,
  count: number,
  profile: (i: number) => DeviceProfile,
  route: (i: number) => { polls: Name; reports: Name },
): Promise<Handset[]> {
  const keys = await deviceKeys(count);
  return Promise.all(
    keys.map(async (k, index) => {
      const { polls, reports } = route(index);
      const home = new TestDevice(pair[polls], k, profile(index));
      await home.openSession();
      const away = new TestDevice(pair[OTHER[polls]], k, profile(index));
      away.token = home.token;
      return { index, polls, reports, at: { [polls]: home, [OTHER[polls]]: away } as Record<Name, TestDevice> };
    }),
  );
}

async function createRollout(via: TestServer, manifest: string, plan: { audience: unknown; stages: unknown; policy: unknown }): Promise<string> {
  const release = await via.admin<{ id: string; state: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest(manifest) });
  expect(release.body.state).toBe('published');
  const rollout = await via.admin<{ id: string }>('POST', '/admin/v1/rollouts', { releaseId: release.body.id, ...plan });
  expect(rollout.status).toBe(201);
  return rollout.body.id;
}

async function act(via: TestServer, rolloutId: string, action: string): Promise<RolloutView> {
  const res = await via.admin<RolloutView>('POST', `/admin/v1/rollouts/${rolloutId}/${action}`);
  expect({ action, status: res.status }).toEqual({ action, status: 200 });
  return res.body;
}

/** Both instances run a rollout-engine pass at the same moment, as their timers would. */
const tickBoth = (pair: Pair) => Promise.all([pair.A.tick(), pair.B.tick()]);

/**
 * Two rounds of passes. The instance that loses the lease race reloads its rollouts at the start of its pass,
 * possibly before the winner's transition commits; it learns of the transition on its next pass, one
 * ROLLOUT_TICK_MS later, before devices poll again.
 */
async function nextPasses(pair: Pair): Promise<void> {
  await tickBoth(pair);
  await tickBoth(pair);
}

/** The rollout as each instance shows it; the two must be identical (counts, totals, outcomes, state). */
async function viewFromBoth(pair: Pair, rolloutId: string): Promise<RolloutView> {
  // A view first writes its own instance's buffered offers: ask both once, so neither holds any, then compare.
  await Promise.all([pair.A.admin('GET', `/admin/v1/rollouts/${rolloutId}`), pair.B.admin('GET', `/admin/v1/rollouts/${rolloutId}`)]);
  const a = await pair.A.admin<RolloutView>('GET', `/admin/v1/rollouts/${rolloutId}`);
  const b = await pair.B.admin<RolloutView>('GET', `/admin/v1/rollouts/${rolloutId}`);
  expect(a.status).toBe(200);
  expect({ from: 'B', view: b.body }).toEqual({ from: 'B', view: a.body });
  return a.body;
}

/** The audit log through either instance (identical), restricted to one rollout. */
async function rolloutAudit(pair: Pair, rolloutId: string): Promise<AuditEntry[]> {
  const [a, b] = await Promise.all([
    pair.A.admin<AuditEntry[]>('GET', '/admin/v1/audit?limit=1000'),
    pair.B.admin<AuditEntry[]>('GET', '/admin/v1/audit?limit=1000'),
  ]);
  expect(b.body).toEqual(a.body);
  for (const s of [pair.A, pair.B]) expect((await s.admin<{ ok: boolean }>('GET', '/admin/v1/audit/verify')).body.ok).toBe(true);
  return a.body.filter((e) => e.target === `rollout:${rolloutId}`);
}

function tally(entries: AuditEntry[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.action] = (counts[e.action] ?? 0) + 1;
  return counts;
}

/** `ota_rollout_transitions_total` by action, summed over both instances' /metrics. */
async function transitionsMetric(pair: Pair): Promise<Record<string, number>> {
  const sum: Record<string, number> = {};
  for (const s of [pair.A, pair.B]) {
    const text = await fetch(`${s.url}/metrics`).then((r) => r.text());
    for (const m of text.matchAll(/^ota_rollout_transitions_total\{action="([a-z]+)"\} (\d+)$/gm)) sum[m[1]] = (sum[m[1]] ?? 0) + Number(m[2]);
  }
  return sum;
}

async function servedTimestamp(s: TestServer): Promise<{ version: number; bytes: string }> {
  const res = await fetch(`${s.url}/tuf/metadata/timestamp.json`);
  const bytes = await res.text();
  return { version: (JSON.parse(bytes) as { signed: { version: number } }).signed.version, bytes };
}

async function publishedTimestampVersions(s: TestServer): Promise<number[]> {
  const rows: { version: number | string }[] = await s.app.get(DataSource).query(`SELECT version FROM tuf_metadata WHERE role = 'timestamp' ORDER BY version`);
  return rows.map((r) => Number(r.version));
}

async function report(h: Handset, via: Name, rolloutId: string, status: Parameters<TestDevice['report']>[1], extra: Record<string, unknown> = {}) {
  const res = await h.at[via].report(rolloutId, status, extra);
  expect({ device: h.index, via, status, res: res.status, body: res.body }).toEqual({
    device: h.index,
    via,
    status,
    res: 200,
    body: expect.objectContaining({ accepted: true }),
  });
}

// A round of the manual-tick describes moves the shared clock past the tick lease (3 x ROLLOUT_TICK_MS = 30 min
// here), so both instances race for it every round, not only in the first one.
const MANUAL_TICKS = { ROLLOUT_TICK_MS: '600000', CHECKIN_FLUSH_MS: '50', SESSION_TTL_SECONDS: '86400' };
const ROUND_SECONDS = 31 * 60;
/** Each instance's offer buffer is written within CHECKIN_FLUSH_MS: wait for it, as a real device downloads meanwhile. */
const settle = () => sleep(150);

describe(`two instances on one ${TEST_DATABASE} database: a staged rollout over a fleet split across them`, () => {
  const STAGES = [
    { percent: 10, soakSeconds: 600 },
    { percent: 30, soakSeconds: 600 },
    { percent: 60, soakSeconds: 600 },
    { percent: 100, soakSeconds: 0 },
  ];
  const profile = (i: number) => ({ model: i % 3 ? 'mi-3' : 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'in' });
  // Even devices talk to A, odd ones to B; every fourth even device polls A and reports to B, every fourth odd
  // one polls B and reports to A.
  const route = (i: number): { polls: Name; reports: Name } => {
    const polls: Name = i % 2 ? 'B' : 'A';
    return { polls, reports: i % 8 < 2 ? OTHER[polls] : polls };
  };
  let pair: Pair;
  let fleet: Handset[];
  let rolloutId: string;
  /** Devices told to install again by the instance they poll after they had reported success through the other. */
  const reoffered: string[] = [];

  beforeAll(async () => {
    pair = await startPair(MANUAL_TICKS);
    fleet = await handsets(pair, 80, profile, route);
  });
  afterAll(() => closePair(pair));

  async function install(h: Handset, round: number): Promise<void> {
    await report(h, h.reports, rolloutId, 'downloading');
    await report(h, h.reports, rolloutId, 'installing');
    await report(h, h.reports, rolloutId, 'succeeded', {
      outcomes: [
        { key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'applied' },
        { key: 'cloud_messaging.encrypt_identifiers', op: 'force', result: (h.index + round) % 3 ? 'applied' : 'noop', reason: 'encrypt' },
      ],
    });
  }

  it('goes through every stage to completion with both instances ticking, each transition once', async () => {
    rolloutId = await createRollout(pair.A, 'cloud-messaging-opt-in.json', {
      audience: { channels: ['beta'] },
      stages: STAGES,
      policy: { maxFailureRate: 0.7, minSamples: 2, confidence: 0.95 },
    });
    await act(pair.A, rolloutId, 'start');
    await tickBoth(pair);

    const finished = new Set<number>();
    const seenStages: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      await settle();
      const view = await viewFromBoth(pair, rolloutId);
      if (view.state === 'completed') break;
      expect(view.state).toBe('running');
      seenStages.push(view.stageIndex);
      const answers = await Promise.all(fleet.map((h) => h.at[h.polls].poll()));
      const offered = fleet.filter((h, k) => answers[k].action === 'install');
      for (const h of offered) expect(answers[h.index]).toMatchObject({ action: 'install', rolloutId, target: { path: 'manifests/miui-settings/1.json' } });
      reoffered.push(
        ...offered.filter((h) => finished.has(h.index)).map((h) => `device ${h.index} (polls ${h.polls}, reports ${h.reports}) in round ${round}`),
      );
      const fresh = offered.filter((h) => !finished.has(h.index));
      await settle();
      await Promise.all(fresh.map((h) => install(h, round)));
      for (const h of fresh) finished.add(h.index);
      await settle();
      await viewFromBoth(pair, rolloutId);
      pair.A.clock.advanceSeconds(ROUND_SECONDS);
      await nextPasses(pair);
    }

    const final = await viewFromBoth(pair, rolloutId);
    expect({ state: final.state, reason: final.stateReason }).toEqual({ state: 'completed', reason: expect.stringMatching(/^auto: last stage healthy/) });
    expect(seenStages.filter((s, i) => seenStages.indexOf(s) === i)).toEqual([0, 1, 2, 3]);
    expect(finished.size).toBe(fleet.length);

    // D4: start, three advances and the completion, each exactly once, whichever instance ran it.
    const audit = await rolloutAudit(pair, rolloutId);
    expect(tally(audit)).toEqual({ 'rollout.create': 1, 'rollout.start': 1, 'rollout.advance': 3, 'rollout.complete': 1 });
    expect(audit.filter((e) => e.action === 'rollout.advance').map((e) => e.summary.before?.stageIndex)).toEqual([0, 1, 2]);
    expect(audit.filter((e) => e.action !== 'rollout.create' && e.action !== 'rollout.start').every((e) => e.actor === 'system')).toBe(true);
    expect(await transitionsMetric(pair)).toEqual({ start: 1, advance: 3, complete: 1 });
  });

  it('shows the same per-stage counts, totals and outcomes from either instance', async () => {
    const view = await viewFromBoth(pair, rolloutId);
    await expectCountsMatchStates(pair.A, rolloutId);
    expect(view.totals).toMatchObject({ offered: 0, downloading: 0, installing: 0, succeeded: fleet.length, failed: 0, rolledBack: 0, cancelled: 0 });
    expect(view.stages.reduce((n, s) => n + s.counts.succeeded, 0)).toBe(fleet.length);
    expect(view.outcomes['cloud_messaging.enabled'].setFactoryDefault.applied).toBe(fleet.length);
    const force = view.outcomes['cloud_messaging.encrypt_identifiers'].force;
    expect(force.applied + force.noop).toBe(fleet.length);
  });

  it('never tells a device to install again after it reported success through the other instance', () => {
    expect(reoffered).toEqual([]);
  });

  it('offers nothing after completion, through either instance', async () => {
    const answers = await Promise.all(fleet.flatMap((h) => [h.at.A.poll(), h.at.B.poll()]));
    expect(answers.filter((a) => a.action !== 'none')).toEqual([]);
  });
});

describe('when failures reported through both instances cross the threshold', () => {
  const profile = () => ({ model: 'redmi-1s', firmwareVersion: '5.8.1', channel: 'beta', region: 'cn' });
  let pair: Pair;
  let fleet: Handset[];
  let rolloutId: string;
  let pending: Handset[];
  let started: Handset;

  beforeAll(async () => {
    pair = await startPair(MANUAL_TICKS);
    fleet = await handsets(pair, 60, profile, (i) => ({ polls: i % 2 ? 'B' : 'A', reports: i % 2 ? 'B' : 'A' }));
    rolloutId = await createRollout(pair.B, 'cloud-messaging-opt-in.json', {
      audience: { channels: ['beta'] },
      stages: [
        { percent: 50, soakSeconds: 3600 },
        { percent: 100, soakSeconds: 0 },
      ],
      policy: { maxFailureRate: 0.1, minSamples: 10, confidence: 0.95 },
    });
    await act(pair.B, rolloutId, 'start');
    await tickBoth(pair);
  });
  afterAll(() => closePair(pair));

  it('halts exactly once, whichever instance ticks', async () => {
    const answers = await Promise.all(fleet.map((h) => h.at[h.polls].poll()));
    const offered = fleet.filter((h, k) => answers[k].action === 'install');
    expect(offered.length).toBeGreaterThan(15);
    expect(new Set(offered.map((h) => h.polls))).toEqual(new Set(['A', 'B']));
    await settle();
    // Ten devices roll back, half reporting through the instance that offered, half through the other.
    const failing = offered.slice(0, 10);
    await Promise.all(failing.map((h, k) => report(h, k % 2 ? h.polls : OTHER[h.polls], rolloutId, 'rolled-back', { code: 'BOOT_FAILED' })));
    await Promise.all(offered.slice(10, 12).map((h) => report(h, h.polls, rolloutId, 'succeeded')));
    started = offered[12];
    await report(started, started.polls, rolloutId, 'downloading');
    pending = offered.slice(13);

    pair.A.clock.advanceSeconds(60);
    await tickBoth(pair);
    // More passes on both instances change nothing: the halt is not applied again.
    for (let i = 0; i < 3; i += 1) {
      pair.A.clock.advanceSeconds(ROUND_SECONDS);
      await nextPasses(pair);
    }
    const view = await viewFromBoth(pair, rolloutId);
    expect(view.state).toBe('halted');
    expect(view.stateReason).toMatch(/^auto: failure rate lower bound/);
    expect(view.totals).toMatchObject({ rolledBack: 10, succeeded: 2, downloading: 1, offered: pending.length });

    const audit = await rolloutAudit(pair, rolloutId);
    expect(tally(audit)).toEqual({ 'rollout.create': 1, 'rollout.start': 1, 'rollout.halt': 1 });
    expect(audit.find((e) => e.action === 'rollout.halt')?.actor).toBe('system');
    expect(await transitionsMetric(pair)).toEqual({ start: 1, halt: 1 });
  });

  it('tells offered-but-not-started devices to cancel through either instance; a started one keeps its offer', async () => {
    // Half of them ask the instance that made the offer, half the other one.
    const asked = await Promise.all(
      pending.map(async (h, k) => ({
        device: h.index,
        offeredBy: h.polls,
        via: k % 2 ? h.polls : OTHER[h.polls],
        answer: await h.at[k % 2 ? h.polls : OTHER[h.polls]].poll(),
      })),
    );
    expect(asked.filter((a) => a.answer.action !== 'cancel' || a.answer.rolloutId !== rolloutId)).toEqual([]);
    for (const via of ['A', 'B'] as const)
      expect({ via, answer: await started.at[via].poll() }).toEqual({ via, answer: expect.objectContaining({ action: 'install', rolloutId }) });

    await Promise.all(pending.map((h, k) => report(h, k % 2 ? OTHER[h.polls] : h.polls, rolloutId, 'cancelled', { code: 'CANCELLED' })));
    await report(started, OTHER[started.polls], rolloutId, 'succeeded');
    // Each instance learns of the reports the other stored on its next pass.
    await tickBoth(pair);
    const after = await Promise.all([...pending, started].flatMap((h) => [h.at.A.poll(), h.at.B.poll()]));
    expect(after.map((a) => a.action).filter((a) => a !== 'none')).toEqual([]);
  });

  it('offers nothing new once halted, through either instance', async () => {
    const answers = await Promise.all(fleet.flatMap((h) => [h.at.A.poll(), h.at.B.poll()]));
    expect(answers.filter((a) => a.action === 'install')).toEqual([]);
    await pair.B.app.get(DeviceStateWriter).flushOffers();
    await expectCountsMatchStates(pair.A, rolloutId);
  });
});

describe('a change made through one instance reaches devices polling the other within one poll interval', () => {
  // The real tick timer runs (every 200 ms); the clock stands still, so the engine never advances the stage.
  const POLL_INTERVAL_SECONDS = 1;
  const waitOnePollInterval = () => sleep(POLL_INTERVAL_SECONDS * 1000);
  const profile = () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' });
  let pair: Pair;
  let fleet: Handset[];
  let rolloutId: string;

  beforeAll(async () => {
    pair = await startPair({ ROLLOUT_TICK_MS: '200', CHECKIN_FLUSH_MS: '200', POLL_INTERVAL_SECONDS: String(POLL_INTERVAL_SECONDS), POLL_JITTER_SECONDS: '0' });
    fleet = await handsets(pair, 4, profile, () => ({ polls: 'A', reports: 'A' }));
    rolloutId = await createRollout(pair.A, 'cloud-messaging-opt-in.json', {
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.1, minSamples: 50, confidence: 0.95 },
    });
  });
  afterAll(() => closePair(pair));

  it('start and pause through A, resume through B, halt through A', async () => {
    const [d0, d1, d2] = fleet;
    await act(pair.A, rolloutId, 'start');
    await waitOnePollInterval();
    const first = await d0.at.B.poll();
    expect({ change: 'start via A', poll: 'B', answer: first }).toEqual({
      change: 'start via A',
      poll: 'B',
      answer: expect.objectContaining({ action: 'install', rolloutId }),
    });
    expect(first.pollAfterSeconds).toBe(POLL_INTERVAL_SECONDS);

    await act(pair.A, rolloutId, 'pause');
    await waitOnePollInterval();
    expect({ change: 'pause via A', poll: 'B', answer: await d1.at.B.poll() }).toEqual({
      change: 'pause via A',
      poll: 'B',
      answer: expect.objectContaining({ action: 'none' }),
    });

    await act(pair.B, rolloutId, 'resume');
    await waitOnePollInterval();
    expect({ change: 'resume via B', poll: 'A', answer: await d2.at.A.poll() }).toEqual({
      change: 'resume via B',
      poll: 'A',
      answer: expect.objectContaining({ action: 'install', rolloutId }),
    });

    // d0 was offered by B and has not started: the halt made through A must reach B as a cancel.
    await act(pair.A, rolloutId, 'halt');
    await waitOnePollInterval();
    expect({ change: 'halt via A', poll: 'B', answer: await d0.at.B.poll() }).toEqual({
      change: 'halt via A',
      poll: 'B',
      answer: expect.objectContaining({ action: 'cancel', rolloutId }),
    });
  });
});

describe('timestamp re-signing when both instances tick at once', () => {
  const MARGIN_SECONDS = 6 * 3600;
  let pair: Pair;

  beforeAll(async () => {
    pair = await startPair({ ...MANUAL_TICKS, TIMESTAMP_REFRESH_BEFORE_SECONDS: String(MARGIN_SECONDS) });
  });
  afterAll(() => closePair(pair));

  /** Moves the shared clock just inside the refresh margin of the newest timestamp in the database. */
  async function advanceIntoRefreshMargin(): Promise<void> {
    const [latest]: { expires_at: string }[] = await pair.A.app
      .get(DataSource)
      .query(`SELECT expires_at FROM tuf_metadata WHERE role = 'timestamp' ORDER BY version DESC LIMIT 1`);
    const expiresInSeconds = (Date.parse(latest.expires_at) - pair.A.clock.now().getTime()) / 1000;
    pair.A.clock.advanceSeconds(expiresInSeconds - MARGIN_SECONDS + 60);
  }

  it('publishes exactly one new timestamp version, and both instances serve it after their next tick', async () => {
    const [a0, b0] = await Promise.all([servedTimestamp(pair.A), servedTimestamp(pair.B)]);
    expect(b0).toEqual(a0);
    const before = await publishedTimestampVersions(pair.A);
    await advanceIntoRefreshMargin();
    await tickBoth(pair);
    expect(await publishedTimestampVersions(pair.A)).toEqual([...before, a0.version + 1]);

    await tickBoth(pair);
    const [a1, b1] = await Promise.all([servedTimestamp(pair.A), servedTimestamp(pair.B)]);
    expect({ A: a1.version, B: b1.version }).toEqual({ A: a0.version + 1, B: a0.version + 1 });
    expect(b1.bytes).toBe(a1.bytes);
    for (const s of [pair.A, pair.B]) expect((await fetch(`${s.url}/health`)).status).toBe(200);
  });

  it('publishes exactly one version even when both re-sign without the tick lease (two instances starting at once)', async () => {
    const before = await publishedTimestampVersions(pair.A);
    await advanceIntoRefreshMargin();
    await Promise.all([pair.A.app.get(TufRepositoryService).refreshTimestampIfDue(), pair.B.app.get(TufRepositoryService).refreshTimestampIfDue()]);
    expect(await publishedTimestampVersions(pair.A)).toEqual([...before, before[before.length - 1] + 1]);
    const [a, b] = await Promise.all([servedTimestamp(pair.A), servedTimestamp(pair.B)]);
    expect(a.version).toBe(before[before.length - 1] + 1);
    expect(b.bytes).toBe(a.bytes);
  });
});

describe('when a device reports to an instance that did not make its offer', () => {
  const profile = (i: number) => ({ model: 'mi-3', firmwareVersion: '5.8.0', channel: i === 0 ? 'stable' : 'beta', region: 'id' });
  let pair: Pair;
  let fleet: Handset[];
  let rolloutId: string;

  beforeAll(async () => {
    // A keeps its offers in memory for ten minutes: nothing but a tick or an admin view on A writes them.
    pair = await startPair({ ...MANUAL_TICKS, CHECKIN_FLUSH_MS: '600000' }, { CHECKIN_FLUSH_MS: '50' });
    fleet = await handsets(pair, 3, profile, () => ({ polls: 'A', reports: 'B' }));
    rolloutId = await createRollout(pair.A, 'cloud-messaging-opt-in.json', {
      audience: { channels: ['beta'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 10, confidence: 0.95 },
    });
    await act(pair.A, rolloutId, 'start');
    await tickBoth(pair);
  });
  afterAll(() => closePair(pair));

  it('accepts `downloading` for an offer still buffered in the other instance (an implied offer)', async () => {
    const d = fleet[1];
    expect(await d.at.A.poll()).toMatchObject({ action: 'install', rolloutId });
    // The offer is only in A's memory: B's view (which flushes only B's buffer) has no device yet.
    const onlyB = await pair.B.admin<RolloutView>('GET', `/admin/v1/rollouts/${rolloutId}`);
    expect(onlyB.body.totals).toMatchObject({ offered: 0, downloading: 0 });

    const res = await d.at.B.report(rolloutId, 'downloading');
    expect({ status: res.status, body: res.body }).toEqual({ status: 200, body: { accepted: true, duplicate: false } });
    // A writes its buffered offer later: the report, already stored, wins over it.
    const view = await viewFromBoth(pair, rolloutId);
    expect(view.totals).toMatchObject({ offered: 0, downloading: 1 });
    await report(d, 'A', rolloutId, 'installing');
    await report(d, 'B', rolloutId, 'succeeded');
    expect((await viewFromBoth(pair, rolloutId)).totals).toMatchObject({ offered: 0, downloading: 0, installing: 0, succeeded: 1 });
    await expectCountsMatchStates(pair.A, rolloutId);
  });

  it('still refuses a report from a device the rollout would never offer (outside its audience)', async () => {
    const outsider = fleet[0];
    expect((await outsider.at.A.poll()).action).toBe('none');
    const res = await outsider.at.B.report(rolloutId, 'downloading');
    expect({ status: res.status, code: (res.body as { code?: string }).code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });
});
