import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookDeliveryWorker } from '../src/webhooks/webhook-delivery.worker';
import { readFirmwareManifest, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D9 events against real receivers (node:http on ephemeral ports): signed per Standard Webhooks (checked here
 * with an HMAC of our own, not the server's code), delivered in order with unique ids, retried with backoff on
 * the server's manual clock when a receiver fails, given up after WEBHOOK_MAX_ATTEMPTS, never sent to a disabled
 * subscription.
 */
interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}
interface Delivery {
  eventId: string;
  eventType: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  gaveUpAt: string | null;
}
const ROLLOUT_EVENTS = ['rollout.started', 'rollout.stage_advanced', 'rollout.halted', 'rollout.resumed', 'rollout.completed'];

/** Standard Webhooks verification, written from the convention: HMAC-SHA256(base64-decoded secret, `${id}.${ts}.${body}`). */
function verify(secret: string, r: Received): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${String(r.headers['webhook-id'])}.${String(r.headers['webhook-timestamp'])}.${r.body}`)
    .digest('base64');
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((s) => s === `v1,${expected}`);
}

describe('webhooks (D9)', () => {
  let server: TestServer;
  let receiver: Server;
  let base: string;
  let refusedUrl: string;
  const received: Received[] = [];
  let failing = true;
  const subs: Record<'ok' | 'flaky' | 'refused' | 'disabled', { id: string; secret: string }> = {} as never;
  let deviceIds: string[];
  let rolloutId: string;

  const deliver = () => server.app.get(WebhookDeliveryWorker).deliverDue();
  const log = async (id: string) => (await server.admin<Delivery[]>('GET', `/admin/v1/webhooks/${id}/deliveries`)).body;
  const at = (path: string) => received.filter((r) => r.path === path);

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        res.statusCode = req.url === '/flaky' && failing ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    refusedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/refused`;
    await new Promise((resolve) => closed.close(resolve));

    server = await startServer({
      env: { WEBHOOK_INTERVAL_MS: '3600000', WEBHOOK_BACKOFF_BASE_SECONDS: '10', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '2000' },
    });
    const subscribe = async (url: string) => {
      const res = await server.admin<{ subscription: { id: string }; secret: string }>('POST', '/admin/v1/webhooks', { url, events: ROLLOUT_EVENTS });
      expect(res.status).toBe(201);
      expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      return { id: res.body.subscription.id, secret: res.body.secret };
    };
    subs.ok = await subscribe(`${base}/ok`);
    subs.flaky = await subscribe(`${base}/flaky`);
    subs.refused = await subscribe(refusedUrl);
    subs.disabled = await subscribe(`${base}/disabled`);

    const devices = await TestDevice.fleet(server, 6, () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'beta', region: 'cn' }));
    deviceIds = devices.map((d) => d.id);
    const release = await server.admin<{ id: string }>('POST', '/admin/v1/releases', { manifest: readFirmwareManifest('cloud-messaging-opt-in.json') });
    const rollout = await server.admin<{ id: string }>('POST', '/admin/v1/rollouts', {
      releaseId: release.body.id,
      name: 'events',
      audience: { channels: ['beta'] },
      stages: [
        { percent: 50, soakSeconds: 0 },
        { percent: 100, soakSeconds: 0 },
      ],
      policy: { maxFailureRate: 0.5, minSamples: 1, confidence: 0.95 },
    });
    rolloutId = rollout.body.id;
    const act = async (action: string, body?: unknown) =>
      expect((await server.admin('POST', `/admin/v1/rollouts/${rolloutId}/${action}`, body)).status).toBe(200);
    await act('start');
    // Disabled after its first event was recorded, before any delivery: it must receive nothing.
    expect((await server.admin<{ enabled: boolean }>('POST', `/admin/v1/webhooks/${subs.disabled.id}/disable`)).body.enabled).toBe(false);
    for (const d of devices) if ((await d.poll()).action === 'install') await d.report(rolloutId, 'succeeded');
    await act('advance');
    await act('halt', { reason: 'dashboards red' });
    await act('resume', { reason: 'dashboards were wrong' });
    await act('advance');
    await deliver();
  });
  afterAll(async () => {
    await server?.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('delivers started, stage_advanced, halted, resumed, completed in order, each signed, with unique ids and no device', () => {
    const got = at('/ok');
    expect(got.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(ROLLOUT_EVENTS);
    for (const r of got) {
      expect(verify(subs.ok.secret, r)).toBe(true);
      expect(verify(subs.flaky.secret, r)).toBe(false);
      expect(r.headers['content-type']).toBe('application/json');
      expect(Number(r.headers['webhook-timestamp'])).toBe(Math.floor(server.clock.now().getTime() / 1000));
      for (const id of deviceIds) expect(r.body).not.toContain(id);
    }
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(got.length);
    const halted = JSON.parse(got[2].body) as { timestamp: string; data: Record<string, unknown> };
    expect(halted.data).toMatchObject({ rolloutId, name: 'events', state: 'halted', stageIndex: 1, reason: 'dashboards red', actor: 'admin' });
    expect(Date.parse(halted.timestamp)).not.toBeNaN();
  });

  it('logs the deliveries: one attempt each, status and time', async () => {
    const entries = await log(subs.ok.id);
    expect(entries.map((e) => e.eventType).reverse()).toEqual(ROLLOUT_EVENTS);
    for (const e of entries)
      expect(e).toMatchObject({ attempts: 1, lastStatusCode: 204, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
  });

  it('sends nothing to a disabled subscription, and its pending delivery is given up', async () => {
    expect(at('/disabled')).toEqual([]);
    expect(await log(subs.disabled.id)).toEqual([
      expect.objectContaining({ eventType: 'rollout.started', attempts: 0, gaveUpAt: expect.any(String), lastError: 'subscription disabled' }),
    ]);
  });

  it('retries a receiver that answered 500 after the backoff, and delivers everything once it recovers', async () => {
    expect(at('/flaky')).toHaveLength(1);
    const [first] = (await log(subs.flaky.id)).reverse();
    expect(first).toMatchObject({ eventType: 'rollout.started', attempts: 1, lastStatusCode: 500, deliveredAt: null });
    expect(Date.parse(first.nextAttemptAt!) - server.clock.now().getTime()).toBe(10_000);
    failing = false;
    expect(await deliver()).toBe(0);
    server.clock.advanceSeconds(10);
    await deliver();
    const delivered = at('/flaky').slice(1);
    expect(delivered.map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(ROLLOUT_EVENTS);
    expect(delivered.every((r) => verify(subs.flaky.secret, r))).toBe(true);
    // The retry carries the same webhook-id as the failed attempt (receivers deduplicate on it).
    expect(delivered[0].headers['webhook-id']).toBe(at('/flaky')[0].headers['webhook-id']);
    const entries = (await log(subs.flaky.id)).reverse();
    expect(entries[0]).toMatchObject({ attempts: 2, lastStatusCode: 204, lastError: null, deliveredAt: expect.any(String) });
    expect(entries.slice(1).every((e) => e.attempts === 1 && e.deliveredAt !== null)).toBe(true);
  });

  it('records refused connections with exponential backoff and gives up after WEBHOOK_MAX_ATTEMPTS', async () => {
    const firstOf = async () => (await log(subs.refused.id)).reverse()[0];
    expect(await firstOf()).toMatchObject({ attempts: 2, lastStatusCode: null, lastError: expect.stringMatching(/ECONNREFUSED/) });
    expect(Date.parse((await firstOf()).nextAttemptAt!) - server.clock.now().getTime()).toBe(20_000);
    server.clock.advanceSeconds(20);
    await deliver();
    expect(await firstOf()).toMatchObject({ attempts: 3, nextAttemptAt: null, deliveredAt: null, gaveUpAt: expect.any(String) });
  });

  it('lists subscriptions without their secrets', async () => {
    const list = await server.admin<Record<string, unknown>[]>('GET', '/admin/v1/webhooks');
    expect(list.body.map((s) => s.id).sort()).toEqual(
      Object.values(subs)
        .map((s) => s.id)
        .sort(),
    );
    expect(list.body.find((s) => s.id === subs.disabled.id)).toMatchObject({ enabled: false, disabledAt: expect.any(String) });
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
  });
});
