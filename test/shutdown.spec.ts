/**
 * D6 graceful stop, on the server as its own process: on SIGTERM readiness turns red first while everything is
 * still served, a request in flight is finished and committed, then the process stops listening and exits 0.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServerProcess, type ServerProcess } from './support/server-process';

const ADMIN = 'shutdown-admin-token-0123456789abcdef';

describe('SIGTERM', () => {
  let dir: string;
  let server: ServerProcess;
  const env = () => ({
    DATA_DIR: path.join(dir, 'data'),
    KEYS_DIR: path.join(dir, 'keys'),
    ADMIN_TOKEN: ADMIN,
    LOG_LEVEL: 'warn',
    SHUTDOWN_DRAIN_MS: '1500',
    SHED_LOOP_DELAY_MS: '60000',
  });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-shutdown-'));
    server = await startServerProcess(env());
  });
  afterAll(async () => {
    await server.stop('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('turns readiness red first, finishes the request in flight, then exits 0', async () => {
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    // A user request whose body is still on its way when the signal comes.
    const body = JSON.stringify({ name: 'in-flight-at-sigterm', roles: ['viewer'] });
    const { port } = new URL(server.url);
    const req = http.request({
      host: '127.0.0.1',
      port: Number(port),
      method: 'POST',
      path: '/admin/v1/users',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answered = new Promise<number>((resolve, reject) => {
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
    });
    req.write(body.slice(0, 10));
    const exited = server.stop('SIGTERM');

    const ready = await eventually(async () => {
      const res = await fetch(`${server.url}/health/ready`);
      return res.status === 503 ? ((await res.json()) as { serving: { reason: string } }) : undefined;
    });
    expect(ready.serving.reason).toBe('draining');
    // Still serving while draining: liveness, the device API, the admin API.
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${server.url}/device/v1/nonce`)).status).toBe(200);
    req.end(body.slice(10));
    expect(await answered).toBe(201);
    expect(await exited).toBe(0);

    server = await startServerProcess(env());
    const users = await fetch(`${server.url}/admin/v1/users`, { headers: { authorization: `Bearer ${ADMIN}` } }).then(
      (r) => r.json() as Promise<{ name: string }[]>,
    );
    expect(users.map((t) => t.name)).toContain('in-flight-at-sigterm');
  }, 120_000);
});

async function eventually<T>(fn: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the condition did not hold in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
