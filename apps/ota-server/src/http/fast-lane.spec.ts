import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import type * as http from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import * as https from 'node:https';
import { createServerTlsCa, issueServerTlsCertificate } from '@app/pki';
import { transportFor } from '../../../device-agent/src/client/transport';
import { FastLane, type RawGate } from './fast-lane';

describe('FastLane', () => {
  it('answers what its handler takes, hands the rest (and everything once closed) to Fastify, survives a throwing handler', async () => {
    const errors: unknown[] = [];
    const lane = new FastLane((err) => errors.push(err));
    lane.use((req, res) => {
      if (req.url === '/boom') throw new Error('boom');
      if (req.url !== '/fast') return false;
      res.end('fast');
      return true;
    });
    const server = lane.serverFactory((_req, res) => res.end('fastify'), { keepAliveTimeout: 1234 } as FastifyServerOptions);
    expect(server.keepAliveTimeout).toBe(1234);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const text = (path: string) => fetch(url + path).then((r) => r.text());
    try {
      expect(await text('/fast')).toBe('fast');
      expect(await text('/other')).toBe('fastify');
      expect(await text('/boom')).toBe('fastify');
      expect(errors).toEqual([new Error('boom')]);
      lane.close();
      expect(await text('/fast')).toBe('fastify');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('lets the gate refuse a request before the fast lane, and see every request the lane leaves to Fastify', async () => {
    const tracked: string[] = [];
    const watched: unknown[] = [];
    const gate: RawGate = {
      refuse: (req, res) => {
        if (req.url !== '/shed') return false;
        res.writeHead(503).end('shed');
        return true;
      },
      track: (req) => tracked.push(req.url ?? ''),
      watch: (s) => watched.push(s),
    };
    const lane = new FastLane(undefined, gate);
    lane.use((req, res) => {
      if (req.url !== '/fast' && req.url !== '/shed') return false;
      res.end('fast');
      return true;
    });
    const httpOptions = { headersTimeout: 1500, requestTimeout: 3000, connectionsCheckingInterval: 1000 };
    const server = lane.serverFactory((_req, res) => res.end('fastify'), { http: httpOptions } as FastifyServerOptions);
    expect(watched).toEqual([server]);
    // Node keeps the option on the server; @types/node does not declare it.
    const checkingInterval = (server as http.Server & { connectionsCheckingInterval?: number }).connectionsCheckingInterval;
    expect([server.headersTimeout, server.requestTimeout, checkingInterval]).toEqual([1500, 3000, 1000]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answers = await Promise.all(['/shed', '/fast', '/other'].map((p) => fetch(url + p).then(async (r) => `${r.status} ${await r.text()}`)));
      expect(answers).toEqual(['503 shed', '200 fast', '200 fastify']);
      expect(tracked).toEqual(['/other']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves HTTPS through the same gate and lane when given a certificate, and bounds the handshake by the headers deadline', async () => {
    const now = new Date(Date.now() - 60_000);
    const ca = createServerTlsCa({ commonName: 'test CA', now, validDays: 2 });
    const cert = issueServerTlsCertificate({ ca, now, validDays: 2 });
    const gate: RawGate = {
      refuse: (req, res) => req.url === '/shed' && (res.writeHead(503).end('shed'), true),
      track: () => undefined,
      watch: () => undefined,
    };
    const lane = new FastLane(undefined, gate, { cert: cert.certPem, key: cert.privateKeyPem });
    lane.use((req, res) => req.url === '/fast' && (res.end('fast'), true));
    const options = { http: { headersTimeout: 1500, requestTimeout: 3000 } } as FastifyServerOptions;
    const server = lane.serverFactory((_req, res) => res.end('fastify'), options);
    expect(server).toBeInstanceOf(https.Server);
    expect([server.headersTimeout, server.requestTimeout]).toEqual([1500, 3000]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transport = transportFor(url, ca.certPem);
    try {
      const answers = await Promise.all(['/shed', '/fast', '/other'].map((p) => transport(url + p).then(async (r) => `${r.status} ${await r.text()}`)));
      expect(answers).toEqual(['503 shed', '200 fast', '200 fastify']);
      // A connection that never starts its handshake is closed at the headers deadline, not Node's 120 s.
      const started = Date.now();
      const silent = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
      silent.on('error', () => undefined);
      await new Promise((resolve) => silent.on('close', resolve));
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 20_000);
});
