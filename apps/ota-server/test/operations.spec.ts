import * as fs from 'node:fs';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

describe('operations: OpenAPI, health, metrics, logs, restart', () => {
  let server: TestServer;
  let devices: TestDevice[];

  beforeAll(async () => {
    server = await startServer();
    devices = await TestDevice.fleet(server, 5, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'sg' }));
  });
  afterAll(() => server.close());

  it('documents every route in OpenAPI at /docs', async () => {
    const doc = (await fetch(`${server.url}/docs/openapi.json`).then((r) => r.json())) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/admin/v1/users',
      '/admin/v1/me/tokens',
      '/admin/v1/tokens/{id}/revoke',
      '/admin/v1/signing-keys',
      '/admin/v1/releases',
      '/admin/v1/releases/{id}/signatures',
      '/admin/v1/rollouts',
      '/admin/v1/rollouts/{id}',
      '/admin/v1/rollouts/{id}/{action}',
      '/admin/v1/devices',
      '/admin/v1/devices/{id}',
      '/admin/v1/audit',
      '/admin/v1/audit/verify',
      '/device/v1/nonce',
      '/device/v1/session',
      '/device/v1/update',
      '/device/v1/status',
      '/health',
      '/metrics',
    ]) {
      expect(paths).toContain(p);
    }
    // Admin routes document their auth errors with the stable error body.
    expect(Object.keys(doc.paths['/admin/v1/releases'].post.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '409']));
    expect((await fetch(`${server.url}/docs`)).status).toBe(200);
  });

  it('reports health with database and TUF freshness', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: { ok: true }, tuf: { ok: true, timestamp: { version: 1 } } });
  });

  it('exposes Prometheus metrics for polls, offers, reports and latency', async () => {
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      audience: { channels: ['stable'] },
      stages: [{ percent: 100, soakSeconds: 0 }],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.9 },
    });
    await server.admin('POST', `/admin/v1/rollouts/${rollout.body.id}/start`);
    for (const d of devices) {
      const answer = await d.poll();
      expect(answer.action).toBe('install');
      await d.report(rollout.body.id, 'succeeded');
      await d.report(rollout.body.id, 'succeeded');
    }
    expect((await fetch(`${server.url}/device/v1/update`)).status).toBe(401);
    const text = await fetch(`${server.url}/metrics`).then((r) => r.text());
    expect(text).toMatch(/ota_update_polls_total\{action="install"\} 5/);
    expect(text).toMatch(/ota_status_reports_total\{status="succeeded",result="accepted"\} 5/);
    expect(text).toMatch(/ota_status_reports_total\{status="succeeded",result="duplicate"\} 5/);
    expect(text).toMatch(/ota_offers_total\{rollout="[0-9a-f-]+"\} 5/);
    // Requests through Fastify are timed; polls the fast lane answers are only counted (see FastLane).
    expect(text).toMatch(/ota_http_request_duration_seconds_bucket\{le="[0-9.]+",route="\/device\/v1\/status",status="2xx"\}/);
    expect(text).toMatch(/ota_http_request_duration_seconds_bucket\{le="[0-9.]+",route="\/device\/v1\/update",status="4xx"\}/);
  });

  it('writes structured JSON logs that never contain tokens or device ids', async () => {
    const log = fs.readFileSync(server.logFile, 'utf8');
    const lines = log.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(log).not.toContain(server.adminToken);
    for (const d of devices) {
      expect(log).not.toContain(d.token);
      expect(log).not.toContain(d.id);
    }
  });

  it('keeps everything across a restart, check-ins included', async () => {
    const before = await server.admin<{ items: { id: string; lastSeen: string }[] }>('GET', '/admin/v1/devices');
    await server.app.close();
    const restarted = await startServer({ shareWith: server });
    try {
      const after = await restarted.admin<{ items: { id: string; lastSeen: string }[] }>('GET', '/admin/v1/devices');
      expect(after.body.items).toEqual(before.body.items);
      const rollouts = await restarted.admin<{ state: string }[]>('GET', '/admin/v1/rollouts');
      expect(rollouts.body.map((r) => r.state)).toEqual(['running']);
      expect((await restarted.admin<{ ok: boolean }>('GET', '/admin/v1/audit/verify')).body.ok).toBe(true);
      // A device keeps its session (the MAC key is in the database) and is not offered the release again.
      const device = new TestDevice(restarted, devices[0].keys, devices[0].profile);
      device.token = devices[0].token;
      expect((await device.poll()).action).toBe('none');
    } finally {
      await restarted.app.close();
    }
  });
});
