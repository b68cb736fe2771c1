/**
 * D9: the server serves the built console at /console: the app for every client-side route, hashed assets cached
 * for good, no auth for the files, a clear answer when the console was never built. The device fast lane and the
 * API are untouched.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, type TestServer } from '../../ota-server/test/harness';
import { CONSOLE_DIST } from './support/build';

describe('the console at /console', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ env: { CONSOLE_DIR: CONSOLE_DIST } });
  });
  afterAll(() => server?.close());

  const get = (route: string) => fetch(`${server.url}${route}`);

  it.each(['/console', '/console/', '/console/rollouts/6d1f0c1e-2b7a-4f4e-9d55-3f7b1e0c9a11', '/console/audit'])(
    'answers the app at %s, without a token',
    async (route) => {
      const res = await get(route);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      // D9 no runtime CDN: the page may load only from this server.
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toMatch(/src="https?:\/\//);
    },
  );

  it('serves the hashed assets with a long cache life, and 404 for an asset that is not there', async () => {
    const html = await (await get('/console/')).text();
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await get(script!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    const missing = await get('/console/assets/index-00000000.js');
    expect(missing.status).toBe(404);
  });

  it('does not leave the build folder', async () => {
    const res = await get('/console/..%2f..%2fpackage.json');
    expect([400, 403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('"name"');
  });

  it('leaves the API as it was: admin routes still want a token', async () => {
    expect((await get('/admin/v1/rollouts')).status).toBe(401);
    expect((await get('/health/live')).status).toBe(200);
  });
});

describe('when the console was never built', () => {
  it('/console says how to build it, with 503', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-console-empty-'));
    const server = await startServer({ env: { CONSOLE_DIR: empty } });
    try {
      for (const route of ['/console', '/console/rollouts']) {
        const res = await fetch(`${server.url}${route}`);
        expect(res.status).toBe(503);
        expect(await res.text()).toMatch(/not built.*npm run build/);
      }
    } finally {
      await server.close();
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
