import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { Storage } from '../src/database/storage.service';
import { ENDED_ROLLOUT_SERIES_MS } from '../src/metrics/rollout-metrics';
import { STOPPED_RETENTION_MS } from '../src/rollouts/rollout-cache.service';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

const PROMTOOL = '/usr/bin/promtool';

/** The series of one metric in a scrape, as `{labels} value` lines. */
function series(text: string, name: string): string[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => line.slice(name.length));
}

describe('metrics that alert correctly (D4, D6: computed at scrape)', () => {
  let server: TestServer;
  let devices: TestDevice[];
  let rollout: string;
  const scrape = () => fetch(`${server.url}/metrics`).then((r) => r.text());

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 4, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'sg' }));
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const created = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['stable'] },
      stages: [{ percent: 100, soakSeconds: 3600 }],
      policy: { maxFailureRate: 0.9, minSamples: 100, confidence: 0.9 },
    });
    rollout = created.body.id;
    await server.admin('POST', `/admin/v1/rollouts/${rollout}/start`);
    for (const d of devices) expect((await d.poll()).action).toBe('install');
    for (const d of devices.slice(0, 2)) expect((await d.report(rollout, 'succeeded')).status).toBe(200);
    expect((await devices[1].report(rollout, 'succeeded')).status).toBe(200); // a duplicate: counted once
    expect((await devices[2].report(rollout, 'failed', { code: 'BOOT_FAILED' })).status).toBe(200);
  });
  afterAll(() => server.close());

  it('counts accepted reports per rollout and status, duplicates once', async () => {
    const text = await scrape();
    expect(series(text, 'ota_rollout_reports_total')).toEqual(
      expect.arrayContaining([`{rollout="${rollout}",status="succeeded"} 2`, `{rollout="${rollout}",status="failed"} 1`]),
    );
  });

  it('shows a rollout under exactly one state, the current one, before and after a halt', async () => {
    expect(series(await scrape(), 'ota_rollout_stage')).toEqual([`{rollout="${rollout}",state="running"} 0`]);
    expect(series(await scrape(), 'ota_rollouts')).toEqual(expect.arrayContaining(['{state="running"} 1', '{state="halted"} 0']));
    expect((await server.admin('POST', `/admin/v1/rollouts/${rollout}/halt`, { reason: 'support tickets' })).status).toBe(200);
    const text = await scrape();
    expect(series(text, 'ota_rollout_stage')).toEqual([`{rollout="${rollout}",state="halted"} 0`]);
    expect(series(text, 'ota_rollouts')).toEqual(expect.arrayContaining(['{state="running"} 0', '{state="halted"} 1']));
  });

  it('counts database errors by kind, every kind present from the start', async () => {
    const user = { name: 'rita', roles: ['release-engineer'] };
    expect((await server.admin('POST', '/admin/v1/users', user)).status).toBe(201);
    // The same name again: the database's unique constraint refuses it (the service answers 409 CONFLICT).
    expect((await server.admin('POST', '/admin/v1/users', user)).status).toBe(409);
    // A statement the database refuses, through the same Storage every repository uses.
    await expect(server.app.get(Storage).read((tx) => tx.query('SELECT * FROM no_such_table'))).rejects.toThrow();
    const errors = series(await scrape(), 'ota_database_errors_total');
    expect(errors).toEqual(expect.arrayContaining(['{kind="constraint"} 1', '{kind="unavailable"} 0', '{kind="conflict"} 0', '{kind="query"} 1']));
  });

  it('passes promtool check metrics', async () => {
    const text = await scrape();
    if (!fs.existsSync(PROMTOOL)) {
      // .ci/run installs it (Debian's prometheus package); on a machine without it the lint cannot run here.
      console.warn(`skipped promtool check metrics: ${PROMTOOL} is absent (apt-get install --no-install-recommends prometheus)`);
      return;
    }
    const check = spawnSync(PROMTOOL, ['check', 'metrics'], { input: text, encoding: 'utf8' });
    expect({ status: check.status, problems: `${check.stdout}${check.stderr}`.trim() }).toEqual({ status: 0, problems: '' });
  });

  it('drops the series of a rollout a while after the server stops serving it', async () => {
    server.clock.advanceSeconds(STOPPED_RETENTION_MS / 1000 + 1);
    await server.tick();
    let text = await scrape();
    expect(series(text, 'ota_rollout_stage')).toEqual([]);
    // Its final counts stay for a while, so every scraper sees them.
    expect(series(text, 'ota_rollout_reports_total')).toHaveLength(2);
    server.clock.advanceSeconds(ENDED_ROLLOUT_SERIES_MS / 1000 - 60);
    expect(series(await scrape(), 'ota_rollout_reports_total')).toHaveLength(2);
    server.clock.advanceSeconds(61);
    text = await scrape();
    expect(series(text, 'ota_rollout_reports_total')).toEqual([]);
    expect(series(text, 'ota_rollouts')).toEqual(expect.arrayContaining(['{state="halted"} 0']));
  });
});
