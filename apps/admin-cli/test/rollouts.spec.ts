import { addUser, startServer, type TestServer } from '../../ota-server/test/harness';
import { TestDevice } from '../../ota-server/test/test-device';
import { cli } from './run-cli';

/**
 * `ota-admin` for everyday rollout work (D9), against a real server with real devices: create from flags,
 * start, approve as a second person, pause and resume, watch until it completes (exit 0) or is halted (exit 1).
 */
describe('ota-admin rollout commands', () => {
  let server: TestServer;
  let engineer: Record<string, string>;
  let approver: Record<string, string>;
  let releaseId: string;
  let devices: TestDevice[];

  const json = <T>(out: string) => JSON.parse(out) as T;
  const run = async (args: string[], env: Record<string, string>) => {
    const res = await cli(args, { env });
    expect([args.join(' '), res.code, res.err]).toEqual([args.join(' '), 0, '']);
    return res.out;
  };
  /** Every device polls and installs what it is offered. */
  async function installAll(rolloutId: string): Promise<void> {
    for (const d of devices) {
      const answer = await d.poll();
      if (answer.action === 'install' && answer.rolloutId === rolloutId) expect((await d.report(rolloutId, 'succeeded')).status).toBe(200);
    }
  }
  /** Engine passes a minute apart: within the devices' poll cycle, so the cohort never looks silent. */
  async function ticks(times: number): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      server.clock.advanceSeconds(60);
      await server.tick();
    }
  }

  beforeAll(async () => {
    server = await startServer();
    engineer = { OTA_SERVER: server.url, OTA_TOKEN: (await addUser(server, 'rita', ['release-engineer'])).token };
    approver = { OTA_SERVER: server.url, OTA_TOKEN: (await addUser(server, 'sam', ['approver'])).token };
    const release = json<{ id: string }>(
      await run(['release', 'create', `${__dirname}/../../../firmware-manifests/cloud-messaging-opt-in.json`, '--json'], engineer),
    );
    releaseId = release.id;
    devices = await TestDevice.fleet(server, 6, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'sg' }));
  });
  afterAll(() => server.close());

  it('creates a stable rollout from flags; it needs a second person to leave stage 1; watch exits 0 when it completes', async () => {
    const created = json<{ id: string; stages: { percent: number; soakSeconds: number }[]; audience: unknown; policy: unknown }>(
      await run(
        [
          'rollout',
          'create',
          '--release',
          releaseId,
          '--stages',
          '50:0,100:0',
          '--channels',
          'stable',
          '--firmware',
          '>=5.0.0 <5.9.0',
          '--max-failure-rate',
          '0.9',
          '--min-samples',
          '2',
          '--json',
        ],
        engineer,
      ),
    );
    expect(created.stages.map((s) => [s.percent, s.soakSeconds])).toEqual([
      [50, 0],
      [100, 0],
    ]);
    expect(created.audience).toEqual({ channels: ['stable'], firmware: '>=5.0.0 <5.9.0' });
    // A lenient policy: six devices are enough evidence to pass it (the Wilson upper bound of 0 in 2 is 0.66).
    expect(created.policy).toMatchObject({ maxFailureRate: 0.9, minSamples: 2, confidence: 0.95 });
    const id = created.id;
    expect(await run(['rollout', 'start', id], engineer)).toContain('running');

    const self = await cli(['rollout', 'approve', id], { env: engineer });
    expect([self.code, self.err]).toEqual([1, expect.stringMatching(/^ota-admin: FORBIDDEN: /m)]);
    const approved = json<{ approvedBy: string }>(await run(['rollout', 'approve', id, '--json'], approver));
    expect(approved.approvedBy).toBeTruthy();
    expect(await run(['rollout', 'pause', id, '--reason', 'lunch'], engineer)).toContain('paused');
    expect(await run(['rollout', 'resume', id], engineer)).toContain('running');

    const watching = cli(['rollout', 'watch', id, '--interval', '0.05', '--timeout', '60'], { env: engineer });
    let ended = false;
    void watching.then(() => (ended = true));
    // Devices install and the engine ticks until the watcher sees the end (it polls every 50 ms).
    for (let round = 0; round < 40 && !ended; round += 1) {
      await installAll(id);
      await ticks(2);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const watched = await watching;
    expect([watched.code, watched.err]).toEqual([0, '']);
    expect(watched.out).toMatch(/stage 1\/2 \(50%\)/);
    expect(watched.out).toMatch(/stage 2\/2 \(100%\)/);
    expect(watched.out).toContain(`rollout ${id} completed`);
    expect(await run(['rollout', 'list'], engineer)).toContain(id);
    expect(await run(['rollout', 'show', id], engineer)).toContain('completed');
  }, 120_000);

  it("previews an audience from the registry, lists a rollout's devices by status, and shows a device's history", async () => {
    const plan = ['--release', releaseId, '--stages', '50:0,100:0', '--channels', 'stable', '--max-failure-rate', '0.9', '--min-samples', '2'];
    const preview = json<{ audienceSize: number; stages: { expectedDevices: number }[] }>(await run(['rollout', 'preview', ...plan, '--json'], engineer));
    expect(preview.audienceSize).toBe(6);
    expect(preview.stages.reduce((n, s) => n + s.expectedDevices, 0)).toBe(6);
    expect(await run(['rollout', 'preview', ...plan], engineer)).toContain('audience: 6 registered device(s)');
    const [completed] = json<{ id: string; state: string }[]>(await run(['rollout', 'list', '--json'], engineer)).filter((r) => r.state === 'completed');
    const all = json<{ deviceId: string; status: string }[]>(
      await run(['devices', 'list', '--rollout', completed.id, '--status', 'succeeded', '--json'], engineer),
    );
    expect(all.map((d) => d.status)).toEqual(Array(6).fill('succeeded'));
    expect(new Set(all.map((d) => d.deviceId)).size).toBe(6);
    expect(json<unknown[]>(await run(['devices', 'list', '--rollout', completed.id, '--status', 'failed', '--json'], engineer))).toEqual([]);
    expect(await run(['devices', 'list', '--rollout', completed.id, '--limit', '2'], engineer)).toContain('2 device(s)');
    const history = await run(['devices', 'show', all[0].deviceId], engineer);
    expect(history).toMatch(/offered/);
    expect(history).toMatch(/succeeded/);
  });

  it('exports the audit log as CSV with filters', async () => {
    const csv = await run(['audit', 'export', '--format', 'csv', '--action', 'rollout.approve'], engineer);
    const lines = csv.trim().split(/\r?\n/); // RFC 4180: CRLF
    expect(lines[0]).toBe('seq,at,actor,action,target,summary,prevHash,hash');
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(['sam']);
  });

  it('watch exits non-zero when the rollout is halted, naming the reason (a CI step fails with it)', async () => {
    const created = json<{ id: string }>(
      await run(
        [
          'rollout',
          'create',
          '--release',
          releaseId,
          '--stages',
          '100:3600',
          '--channels',
          'beta',
          '--max-failure-rate',
          '0.1',
          '--min-samples',
          '5',
          '--json',
        ],
        engineer,
      ),
    );
    // A start needs a registered device in the audience (AUDIENCE_EMPTY otherwise): one on the beta channel.
    await TestDevice.fleet(server, 1, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'sg' }), 6);
    await run(['rollout', 'start', created.id], engineer);
    const watching = cli(['rollout', 'watch', created.id, '--interval', '0.05', '--timeout', '60'], { env: engineer });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await run(['rollout', 'halt', created.id, '--reason', 'support tickets'], engineer);
    const watched = await watching;
    expect(watched.code).toBe(1);
    expect(watched.err).toMatch(/^ota-admin: ROLLOUT_HALTED: rollout .* halted: support tickets$/m);
    // A release engineer cannot resume a halted rollout; an approver can, with a reason; or it is cloned.
    const refused = await cli(['rollout', 'resume', created.id, '--reason', 'fixed'], { env: engineer });
    expect([refused.code, refused.err]).toEqual([1, expect.stringMatching(/^ota-admin: FORBIDDEN: /m)]);
    expect(await run(['rollout', 'resume', created.id, '--reason', 'a false alarm'], approver)).toContain('running');
    await run(['rollout', 'cancel', created.id], engineer);
    const clone = json<{ id: string; state: string }>(await run(['rollout', 'clone', created.id, '--name', 'second try', '--json'], engineer));
    expect([clone.state, clone.id === created.id]).toEqual(['draft', false]);
  });

  it('shows a scheduled start and maintenance windows from a plan file', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const plan = `${fs.mkdtempSync(`${os.tmpdir()}/ota-plan-`)}/plan.json`;
    const windows = [{ days: ['sat', 'sun'], from: '02:00', to: '05:00', timeZone: 'Asia/Shanghai', regions: ['cn'] }];
    fs.writeFileSync(plan, JSON.stringify({ stages: [{ percent: 100, soakSeconds: 0, windows }] }));
    const startAt = new Date(server.clock.now().getTime() + 86_400_000).toISOString();
    const out = await run(
      [
        'rollout',
        'create',
        '--plan',
        plan,
        '--release',
        releaseId,
        '--channels',
        'dev',
        '--max-failure-rate',
        '0.1',
        '--min-samples',
        '5',
        '--start-at',
        startAt,
      ],
      engineer,
    );
    expect(out).toContain(`scheduled start: ${startAt}`);
    expect(out).toContain('stage 1 installs only sat,sun 02:00-05:00 Asia/Shanghai in cn');
  });

  it('refuses a malformed stage list before asking the server', async () => {
    const res = await cli(['rollout', 'create', '--release', releaseId, '--stages', '10%-3600'], { env: engineer });
    expect([res.code, res.err]).toEqual([2, expect.stringContaining('--stages: expected percent:soakSeconds')]);
  });

  it('answers --help on every rollout, devices and audit command', async () => {
    for (const args of [['rollout'], ['rollout', 'create'], ['rollout', 'watch'], ['rollout', 'halt'], ['devices', 'list'], ['audit', 'export']]) {
      const res = await cli([...args, '--help']);
      expect([args.join(' '), res.code, res.out]).toEqual([args.join(' '), 0, expect.stringContaining('Usage: ota-admin')]);
    }
  });

  it('audit verify says the chain is intact, and names who approved', async () => {
    expect(await run(['audit', 'verify'], engineer)).toMatch(/audit log verified: \d+ entries, chain intact/);
  });
});
