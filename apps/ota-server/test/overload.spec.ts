import * as http from 'node:http';
import * as net from 'node:net';
import { ConfigError, loadServerConfig } from '../src/config/server.config';
import { request, startServer, type TestServer } from './harness';
import { TestDevice } from './test-device';

/**
 * D6: "Shedding measures real saturation (including the fast lane) and answers 503 before latency explodes;
 * half-sent requests time out and never hold the budget of good ones." Real server, real sockets, real load.
 */

const profile = () => ({ model: 'mi-4', firmwareVersion: '5.8.0', channel: 'stable', region: 'sg' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** `promise`'s value, or `fallback` after `ms` (the timer does not outlive the test). */
async function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
const portOf = (server: TestServer) => Number(new URL(server.url).port);

interface RawSocket {
  socket: net.Socket;
  received: () => string;
  /** Milliseconds from the socket's creation to its close. */
  closedAfterMs: Promise<number>;
  closed: () => boolean;
}

/** A socket that has sent `head` and then sends `drip` every `everyMs` (if given) until the server closes it. */
function rawSocket(server: TestServer, head: string, drip?: { data: string; everyMs: number }): RawSocket {
  const started = Date.now();
  const socket = net.connect(portOf(server), '127.0.0.1');
  let received = '';
  let closed = false;
  socket.on('data', (c: Buffer) => (received += c.toString()));
  socket.on('error', () => undefined);
  socket.write(head);
  const timer = drip && setInterval(() => !socket.destroyed && received === '' && socket.write(drip.data), drip.everyMs);
  const closedAfterMs = new Promise<number>((resolve) =>
    socket.on('close', () => {
      closed = true;
      clearInterval(timer);
      resolve(Date.now() - started);
    }),
  );
  return { socket, received: () => received, closedAfterMs, closed: () => closed };
}

const halfBodyHead = (path: string, length: number, sent: number) =>
  `POST ${path} HTTP/1.1\r\nHost: devices\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${'{'.padEnd(sent, ' ')}`;

async function metric(server: TestServer, name: string): Promise<number> {
  const text = await fetch(`${server.url}/metrics`).then((r) => r.text());
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.split(' ').pop()) : NaN;
}

describe('overload protection', () => {
  describe('when 2,048 clients send half a body and wait', () => {
    let server: TestServer;
    let devices: TestDevice[];

    beforeAll(async () => {
      // Default DEVICE_MAX_INFLIGHT (2048) and DEVICE_BODY_TIMEOUT_MS (5 s).
      server = await startServer();
      devices = await TestDevice.fleet(server, 2, profile);
    });
    afterAll(() => server.close());

    it('keeps every device route answering, and closes those sockets at the body deadline', async () => {
      const sockets: RawSocket[] = [];
      try {
        // In batches, each read by the server before the next: 2,048 connects at once would overflow the listen
        // backlog (511) and wait for SYN retries. The requests wait for their bodies, outside the in-flight count.
        for (let batch = 0; batch < 8; batch++) {
          sockets.push(
            ...Array.from({ length: 256 }, (_, i) => rawSocket(server, halfBodyHead(i % 2 ? '/device/v1/status' : '/device/v1/session', 4096, 100))),
          );
          for (let i = 0; i < 50 && (await metric(server, 'ota_device_requests_awaiting_body')) !== sockets.length; i++) await sleep(20);
        }

        // Polls (fast lane and Fastify route), nonce, TUF metadata and a whole session are answered meanwhile.
        expect((await devices[0].poll()).action).toBe('none');
        expect((await request(server.url, 'GET', '/device/v1/update?firmwareVersion=5%2E8%2E0', undefined, devices[1].token)).status).toBe(200);
        expect((await request(server.url, 'GET', '/device/v1/nonce')).status).toBe(200);
        expect((await request(server.url, 'GET', '/tuf/metadata/timestamp.json')).status).toBe(200);
        await devices[1].openSession();
        expect(sockets.filter((s) => s.closed())).toHaveLength(0);
        expect(await metric(server, 'ota_device_requests_awaiting_body')).toBe(2048);
        expect(await metric(server, 'ota_device_requests_in_flight')).toBe(0);

        const closedAfter = await within(Promise.all(sockets.map((s) => s.closedAfterMs)), 15_000, []);
        expect(closedAfter).toHaveLength(2048);
        // At the 5 s body deadline (plus the time to open them all and a loaded machine's slack), not before.
        expect(Math.min(...closedAfter)).toBeGreaterThanOrEqual(4_900);
        expect(Math.max(...closedAfter)).toBeLessThan(12_000);
        expect(sockets.filter((s) => !/^HTTP\/1\.1 408 /.test(s.received()))).toHaveLength(0);
        expect(await metric(server, 'ota_device_requests_awaiting_body')).toBe(0);
        expect(await metric(server, 'ota_overload_rejections_total{reason="body-timeout"}')).toBe(2048);
        expect((await devices[0].poll()).action).toBe('none');
      } finally {
        sockets.forEach((s) => s.socket.destroy());
      }
    }, 60_000);
  });

  describe('when a client dribbles headers or a body (slowloris)', () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startServer({ env: { HEADERS_TIMEOUT_MS: '1500', DEVICE_BODY_TIMEOUT_MS: '1500', REQUEST_TIMEOUT_MS: '3000' } });
    });
    afterAll(() => server.close());

    it('closes each connection a few seconds after its deadline, whatever it keeps sending', async () => {
      const headers = rawSocket(server, 'GET /device/v1/nonce HTTP/1.1\r\nHost: devices\r\n', { data: 'X-Slow: 1\r\n', everyMs: 500 });
      const deviceBody = rawSocket(server, halfBodyHead('/device/v1/status', 1000, 1), { data: ' ', everyMs: 500 });
      const adminBody = rawSocket(server, halfBodyHead('/admin/v1/releases', 1000, 1), { data: ' ', everyMs: 500 });
      const [h, d, a] = await Promise.all([headers, deviceBody, adminBody].map((s) => within(s.closedAfterMs, 15_000, Infinity)));
      [headers, deviceBody, adminBody].forEach((s) => s.socket.destroy());
      // Headers: HEADERS_TIMEOUT_MS, checked every second.
      expect(h).toBeGreaterThanOrEqual(1_400);
      expect(h).toBeLessThan(5_000);
      // A device body: DEVICE_BODY_TIMEOUT_MS, answered 408.
      expect(d).toBeGreaterThanOrEqual(1_400);
      expect(d).toBeLessThan(4_000);
      expect(deviceBody.received()).toMatch(/^HTTP\/1\.1 408 /);
      // Any other body: REQUEST_TIMEOUT_MS for the whole request, checked every second.
      expect(a).toBeGreaterThanOrEqual(2_900);
      expect(a).toBeLessThan(7_000);
      expect((await request(server.url, 'GET', '/device/v1/nonce')).status).toBe(200);
    }, 30_000);
  });

  describe('when the server is saturated for real', () => {
    let server: TestServer;
    let devices: TestDevice[];

    beforeAll(async () => {
      // 100 ms rather than the default 500 ms: the same mechanism, with CPU bursts a test can afford.
      server = await startServer({ env: { SHED_LOOP_DELAY_MS: '100' } });
      devices = await TestDevice.fleet(server, 2, profile);
    });
    afterAll(() => server.close());

    /** Holds the event loop (server and test share it) 250 ms of every iteration, as CPU-bound work would. */
    function burnCpu(): () => void {
      const burner = setInterval(() => {
        const end = performance.now() + 250;
        while (performance.now() < end);
      }, 1);
      return () => clearInterval(burner);
    }

    it('answers device requests 503 OVERLOADED with Retry-After, still serves operators, and recovers when the load goes', async () => {
      expect((await devices[0].poll()).action).toBe('none');
      const stop = burnCpu();
      let device: Response[];
      let operators: Response[];
      try {
        // Shedding starts once three iterations in a row ran late (LoopDelayMonitor).
        const started = Date.now();
        while ((await metric(server, 'ota_overload_shedding')) !== 1 && Date.now() - started < 10_000) await sleep(10);
        device = await Promise.all([
          fetch(`${server.url}/device/v1/update?firmwareVersion=5.8.0`, { headers: { authorization: `Bearer ${devices[0].token}` } }),
          fetch(`${server.url}/device/v1/nonce`),
          fetch(`${server.url}/tuf/metadata/timestamp.json`),
          fetch(`${server.url}/device/v1/status`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${devices[1].token}` },
            body: '{}',
          }),
        ]);
        operators = await Promise.all([
          fetch(`${server.url}/admin/v1/rollouts`, { headers: { authorization: `Bearer ${server.adminToken}` } }),
          fetch(`${server.url}/health`),
          fetch(`${server.url}/metrics`),
        ]);
      } finally {
        stop();
      }
      for (const res of device) {
        expect([res.url, res.status, res.headers.get('retry-after')]).toEqual([res.url, 503, '5']);
        expect(await res.json()).toEqual({ code: 'OVERLOADED', message: expect.stringContaining('event-loop delay') });
      }
      expect(operators.map((r) => r.status)).toEqual([200, 200, 200]);
      const scraped = await operators[2].text();
      expect(scraped).toMatch(/^ota_overload_shedding 1$/m);
      expect(scraped).toMatch(/^ota_overload_rejections_total\{reason="event-loop-delay"\} [1-9]/m);

      // Normal service returns once the loop keeps time again (after the hold, about a second).
      const calm = Date.now();
      let status = 0;
      while (Date.now() - calm < 10_000 && (status = (await request(server.url, 'GET', '/device/v1/nonce')).status) !== 200) await sleep(100);
      expect(status).toBe(200);
      expect(Date.now() - calm).toBeLessThan(5_000);
      expect((await devices[0].poll()).action).toBe('none');
      expect(await metric(server, 'ota_overload_shedding')).toBe(0);
    }, 30_000);
  });

  describe('when a device body is over its route limit', () => {
    let server: TestServer;

    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(() => server.close());

    const post = (path: string, body: string | Buffer[]) =>
      new Promise<{ status: number; code?: string }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: portOf(server), method: 'POST', path, headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, code: (JSON.parse(text) as { code?: string }).code }));
        });
        req.on('error', reject);
        if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
        else req.write(body);
        req.end();
      });
    const json = (bytes: number) => JSON.stringify({ certificateChain: ['x'.repeat(bytes)] });

    it('answers 413 PAYLOAD_TOO_LARGE well under the global limit, with or without Content-Length', async () => {
      expect(await post('/device/v1/session', json(100 * 1024))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(await post('/device/v1/status', json(600 * 1024))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(
        await post(
          '/device/v1/session',
          Array.from({ length: 8 }, () => Buffer.alloc(16 * 1024, 0x20)),
        ),
      ).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      // Under the limit the body is read and validated as before; admin routes keep BODY_LIMIT_BYTES (1 MiB).
      expect(await post('/device/v1/session', json(1024))).toMatchObject({ status: 400 });
      expect(await post('/admin/v1/users', json(600 * 1024))).toMatchObject({ status: 401 });
    });
  });

  describe('settings', () => {
    it('refuse a headers deadline later than the whole request deadline, naming the variable', () => {
      expect(() => loadServerConfig({ HEADERS_TIMEOUT_MS: '60000', REQUEST_TIMEOUT_MS: '30000' })).toThrow(
        new ConfigError('invalid configuration: HEADERS_TIMEOUT_MS: must not exceed REQUEST_TIMEOUT_MS (30000), got 60000'),
      );
      expect(() => loadServerConfig({ SHED_LOOP_DELAY_MS: '0' })).toThrow(/SHED_LOOP_DELAY_MS/);
      expect(loadServerConfig({})).toMatchObject({
        http: { headersTimeoutMs: 5_000, requestTimeoutMs: 30_000 },
        device: { maxInFlight: 2048, shedLoopDelayMs: 50, bodyTimeoutMs: 5_000 },
      });
    });
  });
});
