/**
 * D5 transport: the server serves HTTPS when TLS_CERT and TLS_KEY are set, through the same raw server, gate and
 * fast lane as plain HTTP (fast-lane.ts), so D6's deadlines hold on TLS connections too.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { ConfigError, loadServerConfig } from '../src/config/server.config';
import { ensureDevTls, keyFiles } from '../src/keys/dev-keys';
import { startServer, type TestServer } from './harness';

const portOf = (server: TestServer) => Number(new URL(server.url).port);

/** Sends `head` on a fresh socket (plain TCP or TLS) and resolves with what came back once the server closed it. */
function exchange(socket: net.Socket, head: string): Promise<{ received: string; closedAfterMs: number }> {
  const started = Date.now();
  let received = '';
  socket.on('data', (c: Buffer) => (received += c.toString('latin1')));
  socket.on('error', () => undefined);
  socket.write(head);
  return new Promise((resolve) => socket.on('close', () => resolve({ received, closedAfterMs: Date.now() - started })));
}

describe('HTTPS (D5 transport)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ tls: true, env: { DEVICE_BODY_TIMEOUT_MS: '1000' } });
  });
  afterAll(() => server.close());

  it('answers a client that pins the server TLS CA', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const res = await server.transport(`${server.url}/device/v1/nonce`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ nonce: expect.any(String) });
    expect((await server.admin('GET', '/admin/v1/rollouts')).status).toBe(200);
  });

  it('gives a plain-HTTP client nothing it can read as HTTP', async () => {
    await expect(fetch(`http://127.0.0.1:${portOf(server)}/health`)).rejects.toThrow();
    const plain = await exchange(net.connect(portOf(server), '127.0.0.1'), 'GET /device/v1/nonce HTTP/1.1\r\nHost: devices\r\n\r\n');
    expect(plain.received).not.toMatch(/HTTP\/1\.1|nonce/);
  });

  describe('when a device body does not arrive in time over TLS', () => {
    it('answers 408 REQUEST_TIMEOUT at DEVICE_BODY_TIMEOUT_MS and closes the connection (overload.ts)', async () => {
      const socket = tls.connect({ port: portOf(server), host: '127.0.0.1', servername: 'localhost', ca: server.tlsCaPem });
      await new Promise((resolve) => socket.once('secureConnect', resolve));
      const head = 'POST /device/v1/status HTTP/1.1\r\nHost: devices\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{';
      const { received, closedAfterMs } = await exchange(socket, head);
      expect(received).toMatch(/^HTTP\/1\.1 408 /);
      expect(received).toContain('"code":"REQUEST_TIMEOUT"');
      expect(closedAfterMs).toBeGreaterThanOrEqual(900);
      expect(closedAfterMs).toBeLessThan(5_000);
    }, 15_000);
  });
});

describe('TLS_CERT and TLS_KEY', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ota-tls-config-'));
  let files: ReturnType<typeof keyFiles>;

  beforeAll(() => {
    ensureDevTls(dir);
    files = keyFiles(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('are read once into the configuration when both name a matching certificate and key', () => {
    const config = loadServerConfig({ TLS_CERT: files.tlsServerCert, TLS_KEY: files.tlsServerKey });
    expect(config.tls).toMatchObject({ certFile: files.tlsServerCert, certPem: fs.readFileSync(files.tlsServerCert, 'utf8') });
    expect(loadServerConfig({}).tls).toBeUndefined();
  });

  describe('when only one is set', () => {
    it('fails start-up naming the missing one', () => {
      expect(() => loadServerConfig({ TLS_CERT: files.tlsServerCert })).toThrow(
        new ConfigError('invalid configuration: TLS_KEY: must be set with TLS_CERT (both or neither)'),
      );
      expect(() => loadServerConfig({ TLS_KEY: files.tlsServerKey })).toThrow(/^invalid configuration: TLS_CERT: must be set with TLS_KEY/);
    });
  });

  describe('when a file is unreadable', () => {
    it('fails start-up naming the variable and the file', () => {
      const missing = path.join(dir, 'missing.pem');
      expect(() => loadServerConfig({ TLS_CERT: missing, TLS_KEY: files.tlsServerKey })).toThrow(`TLS_CERT: cannot read ${missing} (ENOENT)`);
    });
  });

  describe('when a file holds no certificate or key', () => {
    it('fails start-up naming the variable', () => {
      const junk = path.join(dir, 'junk.pem');
      fs.writeFileSync(junk, 'not a PEM');
      expect(() => loadServerConfig({ TLS_CERT: junk, TLS_KEY: files.tlsServerKey })).toThrow(/TLS_CERT: expected a PEM X\.509 certificate/);
      expect(() => loadServerConfig({ TLS_CERT: files.tlsServerCert, TLS_KEY: junk })).toThrow(/TLS_KEY: expected an unencrypted PEM private key/);
    });
  });

  describe('when the key is not the certificate’s', () => {
    it('fails start-up naming TLS_KEY', () => {
      // The CA's key: a real key, of another certificate.
      expect(() => loadServerConfig({ TLS_CERT: files.tlsServerCert, TLS_KEY: files.tlsCaKey })).toThrow(
        /TLS_KEY: the key in .* is not the key of the certificate/,
      );
    });
  });
});
