import Database from 'better-sqlite3';
import * as path from 'node:path';
import { statusPageSql } from '../src/rollouts/device-rollout-list.repository';
import { readFirmwareManifest, startServer, TEST_DATABASE, type TestServer } from './harness';
import { TestDevice } from './test-device';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface RolloutDevice {
  deviceId: string;
  status: string;
  code: string | null;
  message: string | null;
}
interface Counts {
  offered: number;
  failed: number;
  succeeded: number;
}
const BOOT_MESSAGE = 'boot check failed after install: slot B did not confirm';
const beta = () => ({ model: 'redmi-1s', firmwareVersion: '5.8.1', channel: 'beta', region: 'cn' });

describe('fleet visibility: finding failed devices, their history, counts over time', () => {
  let server: TestServer;
  let devices: TestDevice[];
  let rolloutId: string;
  let plan: Record<string, unknown>;
  const failedIds: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 40, beta);
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    plan = {
      releaseId: release.body.id,
      audience: { channels: ['beta'] },
      stages: [
        { percent: 60, soakSeconds: 3600 },
        { percent: 100, soakSeconds: 0 },
      ],
      policy: { maxFailureRate: 0.9, minSamples: 5, confidence: 0.95 },
    };
  });
  afterAll(() => server.close());

  it('previews a plan from the registered devices, and warns when its audience matches none', async () => {
    const preview = await server.admin<{ audienceSize: number; stages: { percent: number; expectedDevices: number }[]; warnings: string[] }>(
      'POST',
      '/admin/v1/rollouts/preview',
      plan,
    );
    expect(preview.status).toBe(200);
    expect(preview.body.audienceSize).toBe(40);
    expect(preview.body.stages.map((s) => s.percent)).toEqual([60, 100]);
    expect(preview.body.stages[0].expectedDevices + preview.body.stages[1].expectedDevices).toBe(40);
    expect(preview.body.warnings).toEqual([]);
    const none = await server.admin<{ audienceSize: number; warnings: string[] }>('POST', '/admin/v1/rollouts/preview', {
      ...plan,
      audience: { channels: ['dev'] },
    });
    expect(none.body.audienceSize).toBe(0);
    expect(none.body.warnings).toEqual([expect.stringMatching(/matches no registered device/)]);
    expect((await server.admin<{ code: string }>('POST', '/admin/v1/rollouts/preview', { ...plan, stages: [] })).body.code).toBe('VALIDATION_FAILED');
  });

  it('finds the BOOT_FAILED devices by status and code, each exactly once across pages', async () => {
    const created = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', plan);
    rolloutId = created.body.id;
    await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/start`);
    await server.tick();
    const offered: TestDevice[] = [];
    for (const d of devices) if ((await d.poll()).action === 'install') offered.push(d);
    expect(offered.length).toBeGreaterThan(14);
    for (const d of offered.slice(0, 9)) {
      expect((await d.report(rolloutId, 'failed', { code: 'BOOT_FAILED', message: BOOT_MESSAGE })).status).toBe(200);
      failedIds.push(d.id);
    }
    expect((await offered[9].report(rolloutId, 'failed', { code: 'DOWNLOAD_FAILED', message: 'download cut' })).status).toBe(200);
    for (const d of offered.slice(10, 14)) expect((await d.report(rolloutId, 'succeeded')).status).toBe(200);

    const seen: RolloutDevice[] = [];
    let pages = 0;
    for (let cursor: string | null = ''; cursor !== null; pages += 1) {
      const query: string = `status=failed&code=BOOT_FAILED&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { status: number; body: Page<RolloutDevice> } = await server.admin<Page<RolloutDevice>>(
        'GET',
        `/admin/v1/rollouts/${rolloutId}/devices?${query}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    expect(pages).toBe(3);
    expect(seen.map((d) => d.deviceId)).toEqual([...failedIds].sort());
    expect(seen.every((d) => d.status === 'failed' && d.code === 'BOOT_FAILED' && d.message === BOOT_MESSAGE)).toBe(true);

    const failedOrSucceeded = await server.admin<Page<RolloutDevice>>(
      'GET',
      `/admin/v1/rollouts/${rolloutId}/devices?status=failed&status=succeeded&limit=500`,
    );
    expect(failedOrSucceeded.body.items).toHaveLength(14);
    const all = await server.admin<Page<RolloutDevice>>('GET', `/admin/v1/rollouts/${rolloutId}/devices`);
    expect(all.body.items).toHaveLength(offered.length);
  });

  it('answers an unknown status with VALIDATION_FAILED naming the allowed ones', async () => {
    const bad = await server.admin<{ code: string; errors: { path: string; message: string }[] }>(
      'GET',
      `/admin/v1/rollouts/${rolloutId}/devices?status=broken`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors[0].message).toMatch(/offered, downloading, installing, succeeded, failed, rolled-back, cancelled, timed-out/);
    expect((await server.admin<{ code: string }>('GET', `/admin/v1/rollouts/${rolloutId}/devices?cursor=nonsense`)).body.code).toBe('VALIDATION_FAILED');
  });

  it("lists a device's transitions with the agent's message", async () => {
    const events = await server.admin<Page<{ rolloutId: string; status: string; code: string | null; message: string | null; at: string }>>(
      'GET',
      `/admin/v1/devices/${failedIds[0]}/events`,
    );
    expect(events.body.items).toEqual([
      expect.objectContaining({ rolloutId, status: 'offered', code: null, message: null }),
      expect.objectContaining({ rolloutId, status: 'failed', code: 'BOOT_FAILED', message: BOOT_MESSAGE }),
    ]);
    const first = await server.admin<Page<{ status: string }>>('GET', `/admin/v1/devices/${failedIds[0]}/events?limit=1`);
    const second = await server.admin<Page<{ status: string }>>('GET', `/admin/v1/devices/${failedIds[0]}/events?limit=1&cursor=${first.body.nextCursor}`);
    expect([first.body.items[0].status, second.body.items[0].status, second.body.nextCursor]).toEqual(['offered', 'failed', null]);
  });

  it('shows counts and the decision reason in the rollout list and the rollout', async () => {
    await server.tick();
    const list = await server.admin<{ id: string; counts: Counts; stateReason: string | null }[]>('GET', '/admin/v1/rollouts');
    const mine = list.body.find((r) => r.id === rolloutId)!;
    expect(mine.counts).toMatchObject({ failed: 10, succeeded: 4 });
    expect(mine.stateReason).toMatch(/^holding: /);
    const view = await server.admin<{ stateReason: string | null }>('GET', `/admin/v1/rollouts/${rolloutId}`);
    expect(view.body.stateReason).toBe(mine.stateReason);
  });

  it('keeps counts over time: points grow as stages advance', async () => {
    const before = (await server.admin<{ points: { stageIndex: number; counts: Counts }[] }>('GET', `/admin/v1/rollouts/${rolloutId}/history`)).body.points;
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before[before.length - 1]).toMatchObject({ stageIndex: 0, counts: expect.objectContaining({ failed: 10, succeeded: 4 }) });
    await server.tick(); // nothing moved: no new point
    expect((await server.admin<{ points: unknown[] }>('GET', `/admin/v1/rollouts/${rolloutId}/history`)).body.points).toHaveLength(before.length);
    await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/advance`, { reason: 'enough seen' });
    const after = (await server.admin<{ points: { stageIndex: number }[] }>('GET', `/admin/v1/rollouts/${rolloutId}/history`)).body.points;
    expect(after.length).toBeGreaterThan(before.length);
    expect(after[after.length - 1].stageIndex).toBe(1);
  });

  it('filters the audit log and exports it as NDJSON and CSV', async () => {
    const starts = await server.admin<{ seq: number; action: string; actor: string; at: string }[]>('GET', `/admin/v1/audit?action=rollout.start`);
    expect(starts.body).toHaveLength(1);
    const actor = starts.body[0].actor;
    const byTarget = await server.admin<{ action: string }[]>('GET', `/admin/v1/audit?target=rollout:${rolloutId}&actor=${actor}`);
    expect(byTarget.body.map((e) => e.action)).toEqual(['rollout.create', 'rollout.start', 'rollout.advance']);
    const later = new Date(Date.parse(starts.body[0].at) + 3600_000).toISOString();
    expect((await server.admin<unknown[]>('GET', `/admin/v1/audit?from=${encodeURIComponent(later)}`)).body).toEqual([]);
    expect((await server.admin<unknown[]>('GET', `/admin/v1/audit?to=${encodeURIComponent(starts.body[0].at)}&action=rollout.start`)).body).toEqual([]);
    expect((await server.admin<{ code: string }>('GET', '/admin/v1/audit?from=yesterday')).body.code).toBe('VALIDATION_FAILED');

    const headers = { authorization: `Bearer ${server.adminToken}` };
    const ndjson = await fetch(`${server.url}/admin/v1/audit/export?target=rollout:${rolloutId}`, { headers });
    expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await ndjson.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; summary: unknown });
    expect(lines.map((e) => e.action)).toEqual(['rollout.create', 'rollout.start', 'rollout.advance']);

    const csv = await fetch(`${server.url}/admin/v1/audit/export?format=csv&target=rollout:${rolloutId}`, { headers });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await csv.text());
    expect(rows[0]).toEqual(['seq', 'at', 'actor', 'action', 'target', 'summary', 'prevHash', 'hash']);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['rollout.create', 'rollout.start', 'rollout.advance']);
    expect(JSON.parse(rows[1][5])).toEqual(lines[0].summary);
  });

  (TEST_DATABASE === 'sqlite' ? it : it.skip)('reads a status page as an index range, never a scan of the rollout', () => {
    const db = new Database(path.join(server.dataDir, 'ota.sqlite'), { readonly: true });
    try {
      for (const withCode of [false, true]) {
        const plan = db
          .prepare(`EXPLAIN QUERY PLAN ${statusPageSql(() => '?', withCode)}`)
          .all(...(withCode ? [rolloutId, 'failed', '', 'BOOT_FAILED', 100] : [rolloutId, 'failed', '', 100])) as { detail: string }[];
        const details = plan.map((r) => r.detail).join('; ');
        expect(details).toMatch(/SEARCH device_rollout USING INDEX ix_device_rollout_list \(rollout_id=\? AND status=\? AND device_id>\?\)/);
        expect(details).not.toMatch(/SCAN|TEMP B-TREE/);
      }
    } finally {
      db.close();
    }
  });
});

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return rows;
}
