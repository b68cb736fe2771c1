import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type Server, connect, createServer } from 'node:tls';
import { type CertificateAuthority, type ServerTlsCertificate, createServerTlsCa, issueServerTlsCertificate } from '@app/pki';
import { DAY_MS } from './pki.testing';

let ca: CertificateAuthority;
let first: ServerTlsCertificate;
let reissued: ServerTlsCertificate;
let server: Server;

beforeAll(async () => {
  // A real clock here: the TLS handshake below checks validity against the current time.
  const now = new Date(Date.now() - DAY_MS);
  ca = createServerTlsCa({ commonName: 'OTA Dev Server TLS CA', now, validDays: 30 });
  first = issueServerTlsCertificate({ ca, now, validDays: 30 });
  reissued = issueServerTlsCertificate({ ca, now, validDays: 30 });
  server = createServer({ cert: first.certPem, key: first.privateKeyPem }, (socket) => socket.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function handshake(servername: string, pinned = ca.certPem): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername, ca: [pinned] }, () => {
      socket.once('data', (data) => resolve(data.toString()));
    });
    socket.once('error', reject);
  });
}

describe('server TLS CA and certificate', () => {
  it('issues a server-only certificate naming localhost, 127.0.0.1 and ::1', () => {
    const cert = new X509Certificate(first.certPem);
    expect(cert.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(cert.checkIssued(new X509Certificate(ca.certPem))).toBe(true);
    expect(new X509Certificate(ca.certPem).ca).toBe(true);
  });

  it('completes a real TLS handshake for a client that pins the CA', async () => {
    await expect(handshake('localhost')).resolves.toBe('ok');
  });

  it('a re-issued certificate (a new key) is trusted through the same pin', async () => {
    expect(reissued.privateKeyPem).not.toBe(first.privateKeyPem);
    const reissuedServer = createServer({ cert: reissued.certPem, key: reissued.privateKeyPem }, (socket) => socket.end('again'));
    await new Promise<void>((resolve) => reissuedServer.listen(0, '127.0.0.1', resolve));
    const { port } = reissuedServer.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, servername: 'localhost', ca: [ca.certPem] }, () =>
        socket.once('data', (data) => resolve(data.toString())),
      );
      socket.once('error', reject);
    });
    await new Promise<void>((resolve) => reissuedServer.close(() => resolve()));
    expect(answer).toBe('again');
  });

  it('fails the handshake for a name it does not carry', async () => {
    await expect(handshake('example.com')).rejects.toThrow(/altnames/);
  });

  it('fails the handshake for a client pinning another CA', async () => {
    const other = createServerTlsCa({ commonName: 'Another CA', now: new Date(Date.now() - DAY_MS), validDays: 30 });
    await expect(handshake('localhost', other.certPem)).rejects.toMatchObject({ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
  });

  describe('when no hostname is given', () => {
    it('throws INVALID_ARGUMENT', () => {
      expect(() => issueServerTlsCertificate({ ca, now: new Date(0), validDays: 1, hostnames: [] })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    });
  });
});
