import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type Server, connect, createServer } from 'node:tls';
import { type DevTlsCertificate, createDevTlsCertificate } from '@app/pki';
import { DAY_MS } from './pki.testing';

let dev: DevTlsCertificate;
let server: Server;

beforeAll(async () => {
  // A real clock here: the TLS handshake below checks validity against the current time.
  dev = createDevTlsCertificate({ now: new Date(Date.now() - DAY_MS), validDays: 30 });
  server = createServer({ cert: dev.certPem, key: dev.privateKeyPem }, (socket) => socket.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function handshake(servername: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername, ca: [dev.certPem] }, () => {
      socket.once('data', (data) => resolve(data.toString()));
    });
    socket.once('error', reject);
  });
}

describe('createDevTlsCertificate', () => {
  it('names localhost, 127.0.0.1 and ::1 and serves TLS only', () => {
    const cert = new X509Certificate(dev.certPem);
    expect(cert.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  it('completes a real TLS handshake for a client that pins it', async () => {
    await expect(handshake('localhost')).resolves.toBe('ok');
  });

  it('fails the handshake for a name it does not carry', async () => {
    await expect(handshake('example.com')).rejects.toThrow(/altnames/);
  });

  describe('when no hostname is given', () => {
    it('throws INVALID_ARGUMENT', () => {
      expect(() => createDevTlsCertificate({ now: new Date(0), validDays: 1, hostnames: [] })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    });
  });
});
