import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyServerOptions } from 'fastify';
import { FastLane } from './fast-lane';
import { DeviceOverloadGuard, type OverloadSettings } from './overload';

/**
 * The guard on a real Node server built by FastLane's serverFactory, as in the app. The "Fastify" behind it holds
 * /slow requests until released, and reads bodies as Fastify does (data, end), so requests overlap on purpose.
 */
describe('DeviceOverloadGuard', () => {
  let server: http.Server;
  let url: string;
  let guard: DeviceOverloadGuard;
  let waiting: (() => void)[] = [];
  const releaseAll = () => {
    waiting.forEach((release) => release());
    waiting = [];
  };

  async function start(settings: Partial<OverloadSettings> = {}): Promise<void> {
    guard = new DeviceOverloadGuard({ maxInFlight: 3, loopDelayMs: 60, bodyTimeoutMs: 5_000, ...settings });
    const fastify: http.RequestListener = (req, res) => {
      if (req.url?.endsWith('/slow')) {
        waiting.push(() => res.end('slow'));
        return;
      }
      let length = 0;
      req.on('data', (c: Buffer) => (length += c.length));
      req.on('end', () => (req.url?.endsWith('/held') ? waiting.push(() => res.end(String(length))) : res.end(String(length))));
    };
    server = new FastLane(undefined, guard).serverFactory(fastify, {} as FastifyServerOptions);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  afterEach(async () => {
    releaseAll();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));
  const statusOf = (path: string, init?: RequestInit) =>
    fetch(url + path, init).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.text() }));

  /** A socket that sends a request's headers and `sent` bytes of a `length`-byte body, then waits. */
  function halfBody(path: string, length: number, sent = 10): { socket: net.Socket; received: () => string; closed: Promise<void> } {
    const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
    let received = '';
    socket.on('data', (c: Buffer) => (received += c.toString()));
    socket.on('error', () => undefined);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${'x'.repeat(sent)}`);
    return { socket, received: () => received, closed: new Promise((resolve) => socket.on('close', () => resolve())) };
  }

  it('answers 503 OVERLOADED with Retry-After at once past DEVICE_MAX_INFLIGHT, and serves again when requests finish', async () => {
    await start();
    const slow = Array.from({ length: 3 }, () => statusOf('/device/v1/slow'));
    await settle();
    expect(guard.state()).toMatchObject({ shedding: true, reason: 'in-flight', inFlight: 3 });
    const over = await statusOf('/tuf/metadata/timestamp.json');
    expect(over).toMatchObject({ status: 503, retryAfter: '5' });
    expect(JSON.parse(over.body)).toEqual({ code: 'OVERLOADED', message: expect.stringContaining('more than 3') });
    expect(guard.refusals()['in-flight']).toBe(1);
    releaseAll();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(guard.state()).toMatchObject({ shedding: false, inFlight: 0 });
    expect((await statusOf('/device/v1/nonce')).status).toBe(200);
  });

  it('never limits admin, health or metrics routes', async () => {
    await start();
    const slow = Array.from({ length: 3 }, () => statusOf('/device/v1/slow'));
    await settle();
    const admin = Array.from({ length: 5 }, () => statusOf('/admin/v1/slow'));
    expect((await statusOf('/health')).status).toBe(200);
    expect((await statusOf('/metrics')).status).toBe(200);
    await settle();
    releaseAll();
    expect([...(await Promise.all(admin)), ...(await Promise.all(slow))].map((r) => r.status)).toEqual(Array(8).fill(200));
  });

  it('frees the slot of a client that went away', async () => {
    await start();
    const controllers = Array.from({ length: 3 }, () => new AbortController());
    const aborted = controllers.map((c) => fetch(`${url}/device/v1/slow`, { signal: c.signal }).catch(() => undefined));
    await settle();
    expect(guard.shedding()).toBe(true);
    controllers.forEach((c) => c.abort());
    await Promise.all(aborted);
    await settle();
    expect(guard.state()).toMatchObject({ shedding: false, inFlight: 0 });
  });

  describe('when a body arrives slowly or not at all', () => {
    it('does not count it in flight, and closes it with 408 at the body deadline', async () => {
      await start({ bodyTimeoutMs: 300 });
      const started = Date.now();
      const half = Array.from({ length: 5 }, () => halfBody('/device/v1/status', 1000));
      await settle();
      expect(guard.state()).toMatchObject({ shedding: false, inFlight: 0, awaitingBody: 5 });
      expect((await statusOf('/device/v1/nonce')).status).toBe(200);
      await Promise.all(half.map((h) => h.closed));
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      for (const h of half) expect(h.received()).toMatch(/^HTTP\/1\.1 408 /);
      expect(guard.state()).toMatchObject({ inFlight: 0, awaitingBody: 0 });
      expect(guard.refusals()['body-timeout']).toBe(5);
    });

    it('counts it from the moment the body is complete', async () => {
      await start();
      const body = JSON.stringify({ a: 'b'.repeat(100) });
      const held = statusOf('/device/v1/held', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await settle();
      expect(guard.state()).toMatchObject({ inFlight: 1, awaitingBody: 0 });
      releaseAll();
      expect(await held).toMatchObject({ status: 200, body: String(body.length) });
      expect(guard.state()).toMatchObject({ inFlight: 0, awaitingBody: 0 });
    });

    it('forgets a half-sent request whose client went away', async () => {
      await start();
      const half = halfBody('/device/v1/session', 1000);
      await settle();
      expect(guard.state().awaitingBody).toBe(1);
      half.socket.destroy();
      await settle();
      expect(guard.state()).toMatchObject({ inFlight: 0, awaitingBody: 0 });
    });

    it('leaves admin bodies to the server-wide request timeout', async () => {
      await start({ bodyTimeoutMs: 100 });
      const half = halfBody('/admin/v1/releases', 1000);
      await settle(300);
      expect(half.socket.destroyed).toBe(false);
      expect(guard.state().awaitingBody).toBe(0);
      half.socket.destroy();
    });
  });

  describe('when the event loop runs late', () => {
    it('sheds device requests and serves the others, then serves devices again once the loop keeps time', async () => {
      await start({ loopDelayMs: 60 });
      await settle();
      // The loop is held for real, 120 ms of every iteration: each sampler tick is about 100 ms late.
      const burner = setInterval(() => {
        const end = performance.now() + 120;
        while (performance.now() < end);
      }, 1);
      const started = Date.now();
      while (!guard.shedding() && Date.now() - started < 5_000) await settle(10);
      clearInterval(burner);
      expect(guard.state()).toMatchObject({ shedding: true, reason: 'event-loop-delay' });
      const shed = await statusOf('/device/v1/update');
      expect(shed).toMatchObject({ status: 503, retryAfter: '5' });
      expect(JSON.parse(shed.body)).toMatchObject({ code: 'OVERLOADED', message: expect.stringContaining('event-loop delay') });
      expect((await statusOf('/admin/v1/rollouts')).status).toBe(200);
      expect((await statusOf('/health')).status).toBe(200);
      const calm = Date.now();
      while (guard.shedding() && Date.now() - calm < 5_000) await settle();
      expect(guard.shedding()).toBe(false);
      expect((await statusOf('/device/v1/update')).status).toBe(200);
      expect(guard.refusals()['event-loop-delay']).toBe(1);
    });
  });
});
