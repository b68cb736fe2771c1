/**
 * D5 transport: for an https server the agent trusts the CA pinned in its firmware and nothing else, and checks
 * the host name. A real HTTPS server with certificates from a real CA (@app/pki).
 */
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { type CertificateAuthority, createServerTlsCa, issueServerTlsCertificate } from '@app/pki';
import { isClientError } from '../src/client/client-error';
import { transportFor } from '../src/client/transport';

let ca: CertificateAuthority;
let server: https.Server;
let url: string;

beforeAll(async () => {
  const now = new Date(Date.now() - 60_000);
  ca = createServerTlsCa({ commonName: 'test server CA', now, validDays: 2 });
  // Names localhost (dialled by name) but not 127.0.0.1 (dialled by IP below, for the host name check).
  const cert = issueServerTlsCertificate({ ca, now, validDays: 2, hostnames: ['localhost', 'ota.example'] });
  server = https.createServer({ cert: cert.certPem, key: cert.privateKeyPem }, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/empty') return void res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ method: req.method, body, auth: req.headers.authorization ?? null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `https://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('transportFor', () => {
  it('speaks to an https server whose certificate chains to the pinned CA', async () => {
    const transport = transportFor(url, ca.certPem);
    const res = await transport(`${url}/x`, { method: 'POST', headers: { authorization: 'Bearer t' }, body: '{"a":1}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(await res.json()).toEqual({ method: 'POST', body: '{"a":1}', auth: 'Bearer t' });
    const empty = await transport(`${url}/empty`);
    expect([empty.status, await empty.text()]).toEqual([204, '']);
  });

  describe('when the server certificate does not name the host dialled', () => {
    it('refuses it with TLS_UNTRUSTED', async () => {
      const byIp = url.replace('localhost', '127.0.0.1');
      const error: unknown = await transportFor(byIp, ca.certPem)(`${byIp}/x`).catch((e: unknown) => e);
      expect(isClientError(error, 'TLS_UNTRUSTED')).toBe(true);
      expect((error as Error).message).toMatch(/ERR_TLS_CERT_ALTNAME_INVALID/);
    });
  });

  describe('when the pinned CA is another one', () => {
    it('refuses the server with TLS_UNTRUSTED', async () => {
      const other = createServerTlsCa({ commonName: 'other CA', now: new Date(Date.now() - 60_000), validDays: 2 });
      const error: unknown = await transportFor(url, other.certPem)(`${url}/x`).catch((e: unknown) => e);
      expect(isClientError(error, 'TLS_UNTRUSTED')).toBe(true);
    });
  });

  describe('when the firmware pins no CA', () => {
    it('refuses an https URL at once and leaves http to plain fetch', () => {
      expect(() => transportFor(url, undefined)).toThrow(expect.objectContaining({ code: 'TLS_UNTRUSTED' }));
      expect(() => transportFor('http://127.0.0.1:1', undefined)).not.toThrow();
    });
  });

  describe('when the request is aborted', () => {
    it('rejects with the abort', async () => {
      const controller = new AbortController();
      controller.abort();
      await expect(transportFor(url, ca.certPem)(`${url}/x`, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    });
  });
});
