/**
 * The first hour (D5): the generated first admin token is kept in a file only its owner can read, never on
 * stdout among the JSON logs, and a first start that fails after making it (a port in use) does not lose it.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServerProcess, type ServerProcess } from './support/server-process';

describe('a first start whose port is taken, then a start on a free port', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  let blocker: net.Server;
  const env = () => ({ DATA_DIR: path.join(dir, 'data'), KEYS_DIR: path.join(dir, 'keys'), LOG_LEVEL: 'info' });
  const tokenFile = () => path.join(dir, 'data', 'admin-token');

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-first-start-'));
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await new Promise((resolve) => blocker.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the token made by the failed start in a 0600 file, and the next start points to it', async () => {
    const taken = (blocker.address() as net.AddressInfo).port;
    await expect(startServerProcess(env(), 60_000, taken)).rejects.toThrow(/EADDRINUSE/);
    expect(fs.statSync(tokenFile()).mode & 0o777).toBe(0o600);
    const token = fs.readFileSync(tokenFile(), 'utf8').trim();
    expect(token).toMatch(/^ota_/);

    server = await startServerProcess(env());
    const me = await fetch(`${server.url}/admin/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { name: 'admin', roles: ['admin'] } });
    const output = server.output();
    expect(output).toContain(`admin token of user "admin" in ${tokenFile()} (made on an earlier start)`);
    expect(output).not.toContain(token);
  }, 120_000);

  it('says where a token made on this start is, and prints the secret nowhere', async () => {
    await server!.stop('SIGTERM');
    fs.rmSync(path.join(dir, 'data'), { recursive: true, force: true });
    server = await startServerProcess(env());
    const token = fs.readFileSync(tokenFile(), 'utf8').trim();
    const output = server.output();
    expect(output).toMatch(new RegExp(`^  admin token of user "admin" in ${tokenFile()} \\(mode 0600, expires in 90 days\\)`, 'm'));
    expect(output).not.toContain(token);
    const me = await fetch(`${server.url}/admin/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
  }, 120_000);
});
