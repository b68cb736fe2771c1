import Fastify, { FastifyInstance } from 'fastify';
import { installDeviceOverloadLimit } from './overload';

/** The limiter on a real Fastify server whose device route is slow on purpose, so requests overlap. */
describe('device API in-flight limit', () => {
  let app: FastifyInstance;
  let url: string;
  let rejected = 0;
  let release: () => void = () => undefined;
  const gate = () => new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    app = Fastify({ forceCloseConnections: true });
    installDeviceOverloadLimit(app, 3, () => (rejected += 1));
    let wait = gate();
    app.get('/device/v1/slow', async () => {
      await wait;
      return { ok: true };
    });
    app.get('/admin/v1/slow', async () => {
      await wait;
      return { ok: true };
    });
    app.get('/reset', async () => {
      wait = gate();
      return {};
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  it('answers 503 with Retry-After at once past the limit, and serves again when requests finish', async () => {
    const slow = Array.from({ length: 3 }, () => fetch(`${url}/device/v1/slow`));
    await new Promise((r) => setTimeout(r, 100));
    const over = await fetch(`${url}/device/v1/slow`);
    expect(over.status).toBe(503);
    expect(over.headers.get('retry-after')).toBe('5');
    expect(await over.json()).toEqual({ code: 'OVERLOADED', message: expect.stringContaining('more than 3') });
    expect(rejected).toBe(1);
    release();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200, 200]);
    await fetch(`${url}/reset`);
    const next = fetch(`${url}/device/v1/slow`);
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect((await next).status).toBe(200);
  });

  it('does not limit the admin API', async () => {
    await fetch(`${url}/reset`);
    const slow = Array.from({ length: 5 }, () => fetch(`${url}/admin/v1/slow`));
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect((await Promise.all(slow)).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('frees the slot of a client that went away', async () => {
    await fetch(`${url}/reset`);
    const controllers = Array.from({ length: 3 }, () => new AbortController());
    const aborted = controllers.map((c) => fetch(`${url}/device/v1/slow`, { signal: c.signal }).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 50));
    controllers.forEach((c) => c.abort());
    await Promise.all(aborted);
    await new Promise((r) => setTimeout(r, 50));
    const next = fetch(`${url}/device/v1/slow`);
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect((await next).status).toBe(200);
  });
});
