/**
 * D5 privacy, proven on the bytes: after a whole run (a staged opt-in rollout over a mixed fleet with user
 * choices, boot failures, devices the manifest does not apply to and devices outside the audience, factory
 * resets, then the strict release, and a release engineer reading everything the admin API shows), no IMEI, IMSI
 * or phone number of any emulated device appears in the server's database file (and its WAL), its log file, any
 * HTTP response the devices or the admin received, or any request a device sent. The values do exist on every
 * device (hardware.json), and the same search finds what the server does store (device fingerprints), so the
 * test cannot pass by looking at nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MIX, planFleet } from '../apps/device-agent/src/fleet/fleet-plan';
import { OPT_IN, STRICT, adminCall, driveRollout, publish, startRollout, type RolloutView } from './support/admin';
import { ENABLED, MESSAGING_SURFACE, manufactureFleet, specFromPlan, type FleetDevice } from './support/fleet';
import { recordHttp, type HttpRecorder } from './support/http-recorder';
import { startWorld, type World } from './support/world';

interface Haystack {
  name: string;
  bytes: Buffer;
}

interface Needle {
  device: number;
  what: string;
  value: string;
}

/** Every place `needle` occurs in the haystacks, as "haystack: what of device i". */
function leaks(haystacks: Haystack[], needles: Needle[]): string[] {
  return haystacks.flatMap((h) => needles.filter((n) => h.bytes.includes(n.value)).map((n) => `${h.name}: ${n.what} of device ${n.device} (${n.value})`));
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('after a whole run, the server holds no IMEI, IMSI or phone number', () => {
  let http: HttpRecorder;
  let world: World;
  let devices: FleetDevice[];
  let needles: Needle[];
  let dataFiles: Haystack[];
  let views: RolloutView[];

  beforeAll(async () => {
    http = recordHttp();
    world = await startWorld();
    // Every model and region (`eu` gets the ITU test network and a fictional NANP number, and the manifest does not
    // list it: NOT_APPLICABLE), stable and beta, owners who chose, resets after the update, boot failures on mi-3.
    const mix = {
      ...DEFAULT_MIX,
      regions: ['cn', 'in', 'sg', 'my', 'id', 'eu'],
      channels: ['stable', 'beta'],
      userEnabled: 0.3,
      factoryReset: 0.25,
      failModels: ['mi-3'],
      failRate: 0.3,
    };
    const plans = planFleet(42, mix, 5);
    devices = await manufactureFleet(world, [
      ...plans.map(specFromPlan),
      { profile: { model: 'mi-4', firmwareVersion: '5.8.0', region: 'cn', channel: 'dev' } },
      { profile: { model: 'mi-2s', firmwareVersion: '5.8.0', region: 'in', channel: 'stable' } },
    ]);
    needles = devices.flatMap((d) => {
      const hw = d.device.hardware();
      return [
        { device: d.index, what: 'IMEI', value: hw.imei },
        { device: d.index, what: 'IMSI', value: hw.imsi },
        { device: d.index, what: 'phone number', value: hw.phoneNumber },
        { device: d.index, what: 'phone number without +', value: hw.phoneNumber.slice(1) },
      ];
    });

    const optIn = await publish(world, OPT_IN);
    const first = await startRollout(world, {
      releaseId: optIn.id,
      audience: { channels: ['stable', 'beta'], firmware: '>=5.0.0 <5.9.0' },
      stages: [
        { percent: 25, soakSeconds: 600 },
        { percent: 100, soakSeconds: 0 },
      ],
      // Boot failures and NOT_APPLICABLE are part of this run, not a reason to halt it. A quarter of this fleet
      // is about 9 devices, as often fewer than minSamples as not (the salt is random): the small cohort is
      // judged once every expected device reported (D4), instead of holding for samples that cannot come.
      policy: { maxFailureRate: 0.9, minSamples: 10, confidence: 0.95, allowSmallCohort: true },
    });
    const run1 = await driveRollout(world, first, devices, { stepSeconds: 600 });
    // Owners reset their phones after the update; some turn Cloud Messaging back on in Messaging > Settings.
    for (const [i, d] of devices.entries()) {
      if (d.lastStatus(first)?.status !== 'succeeded' || !plans[i]?.resetsAfterUpdate) continue;
      await d.device.factoryReset();
      if (i % 2) await d.device.setUserValue(ENABLED, true, MESSAGING_SURFACE);
    }
    const strict = await publish(world, STRICT);
    const second = await startRollout(world, {
      releaseId: strict.id,
      audience: { firmware: '>=5.0.0 <5.9.1' },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.9, minSamples: 10, confidence: 0.95 },
    });
    const run2 = await driveRollout(world, second, devices, { stepSeconds: 600 });
    views = [run1.view, run2.view];

    // Everything a release engineer can read about devices, rollouts, releases and the audit trail.
    const list = await adminCall<{ items: { id: string }[] }>(world, 'GET', '/admin/v1/devices?limit=1000');
    for (const d of list.items) await adminCall(world, 'GET', `/admin/v1/devices/${d.id}`);
    for (const id of [first, second]) await adminCall(world, 'GET', `/admin/v1/rollouts/${id}`);
    for (const route of ['/admin/v1/rollouts', '/admin/v1/releases']) await adminCall(world, 'GET', route);
    for (const route of ['/admin/v1/audit?limit=1000', '/admin/v1/audit/verify', '/admin/v1/users', '/admin/v1/signing-keys'])
      await adminCall(world, 'GET', route, undefined, world.server.adminToken);
    for (const route of ['/health', '/metrics']) await fetch(`${world.server.url}${route}`).then((r) => r.text());

    // Closing the app flushes its write buffers and checkpoints the WAL into the database file.
    await world.stopServer();
    await http.settle();
    dataFiles = filesUnder(world.server.dataDir).map((file) => ({ name: path.relative(world.server.dataDir, file), bytes: fs.readFileSync(file) }));
  });
  afterAll(async () => {
    http?.restore();
    await world?.close();
  });

  it('was a whole run: both rollouts ran to the end, with successes, rollbacks, refusals and user choices', () => {
    expect(views.map((v) => v.state)).toEqual(['completed', 'completed']);
    expect(views[0].totals).toMatchObject({ succeeded: expect.any(Number), rolledBack: expect.any(Number), failed: expect.any(Number) });
    expect(views[0].totals.succeeded).toBeGreaterThan(20);
    expect(views[0].totals.rolledBack).toBeGreaterThan(0);
    expect(views[0].totals.failed).toBeGreaterThan(0);
    expect(views[0].outcomes[ENABLED].setFactoryDefault['skipped:user-choice']).toBeGreaterThan(0);
    expect(views[1].outcomes[ENABLED].setIfNotUserChosen.applied).toBeGreaterThan(0);
  });

  it('every device holds its IMEI, IMSI and phone number (hardware.json), so the search below is not vacuous', () => {
    for (const d of devices) {
      const raw = fs.readFileSync(path.join(d.device.dir, 'hardware.json'));
      const hw = d.device.hardware();
      expect(JSON.parse(raw.toString('utf8'))).toEqual(hw);
      expect(hw.imei).toMatch(/^\d{15}$/);
      expect(hw.imsi).toMatch(/^\d{15}$/);
      expect(hw.phoneNumber).toMatch(/^\+\d{8,15}$/);
      expect(
        leaks(
          [{ name: 'hardware.json', bytes: raw }],
          needles.filter((n) => n.device === d.index && n.what !== 'phone number without +'),
        ),
      ).toHaveLength(3);
    }
    // Distinct IMEIs: one per handset (phone numbers may repeat: the fictional NANP range `eu` gets has 100).
    expect(new Set(devices.map((d) => d.device.hardware().imei)).size).toBe(devices.length);
  });

  it("the search sees the server's real bytes: the database, the log and the responses name every device by fingerprint", () => {
    const database = dataFiles.find((f) => f.name === 'ota.sqlite');
    expect(database?.bytes.length).toBeGreaterThan(50_000);
    const log = dataFiles.find((f) => f.name === path.basename(world.server.logFile));
    expect(log?.bytes.toString('utf8')).toContain('rollout transition');
    const admin = Buffer.concat(http.exchanges.filter((e) => e.url.includes('/admin/v1/')).map((e) => e.responseBody));
    for (const d of devices) {
      expect(database!.bytes.includes(d.id)).toBe(true);
      expect(admin.includes(d.id)).toBe(true);
    }
  });

  it('the recorder saw every exchange: device API, TUF downloads and admin API', () => {
    expect(http.unread).toEqual([]);
    const count = (part: string) => http.exchanges.filter((e) => e.url.includes(part)).length;
    expect(count('/device/v1/session')).toBeGreaterThanOrEqual(devices.length);
    expect(count('/device/v1/update')).toBeGreaterThan(devices.length * 3);
    expect(count('/tuf/metadata/timestamp.json')).toBeGreaterThan(20);
    expect(count('/tuf/targets/')).toBeGreaterThan(20);
    expect(count('/admin/v1/devices/')).toBe(devices.length);
  });

  it('none of them is in the database file, its WAL or the log file', () => {
    expect(dataFiles.map((f) => f.name)).toEqual(expect.arrayContaining(['ota.sqlite', path.basename(world.server.logFile)]));
    expect(leaks(dataFiles, needles)).toEqual([]);
  });

  it('none of them is in any HTTP response the devices or the admin received', () => {
    expect(
      leaks(
        http.exchanges.map((e) => ({ name: `${e.method} ${e.url} -> ${e.status}`, bytes: e.responseBody })),
        needles,
      ),
    ).toEqual([]);
  });

  it('none of them ever left a device: not in any request URL or body', () => {
    expect(
      leaks(
        http.exchanges.map((e) => ({ name: `${e.method} ${e.url}`, bytes: Buffer.from(`${e.url}\n${e.requestBody ?? ''}`, 'utf8') })),
        needles,
      ),
    ).toEqual([]);
  });
});
