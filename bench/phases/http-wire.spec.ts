/**
 * The bench's response framing (http-wire.ts) against what Node's HTTP server really sends: every response of a
 * pipelined run must be counted once, with its status, however the bytes are split into chunks.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequest, ResponseFramer, WireConnection } from './http-wire';

const response = (status: number, body: string, name = 'content-length') =>
  `HTTP/1.1 ${status} X\r\n${name}: ${Buffer.byteLength(body)}\r\nconnection: keep-alive\r\n\r\n${body}`;

describe('ResponseFramer', () => {
  it('frames several responses in one chunk and a response split anywhere', () => {
    const bytes = Buffer.from(response(200, '{"action":"none"}') + response(503, '{"code":"OVERLOADED"}', 'Content-Length') + response(408, ''));
    for (let cut = 0; cut <= bytes.length; cut += 1) {
      const seen: number[] = [];
      const framer = new ResponseFramer((status) => seen.push(status));
      framer.push(bytes.subarray(0, cut));
      framer.push(bytes.subarray(cut));
      expect({ cut, seen }).toEqual({ cut, seen: [200, 503, 408] });
    }
  });

  it('refuses what it cannot frame rather than miscount', () => {
    expect(() => new ResponseFramer(() => undefined).push(Buffer.from('HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n'))).toThrow(
      /without Content-Length/,
    );
    expect(() => new ResponseFramer(() => undefined).push(Buffer.from('garbage\r\n\r\n'))).toThrow(/not an HTTP response/);
  });
});

describe('WireConnection against node:http', () => {
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const body = JSON.stringify({ url: req.url });
      res.writeHead(req.url === '/shed' ? 503 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('matches pipelined answers to their requests in order', async () => {
    const answers: { status: number; sentAt: number }[] = [];
    await new Promise<void>((resolve, reject) => {
      const conn = new WireConnection('127.0.0.1', port, {
        onResponse: (status, sentAt) => {
          answers.push({ status, sentAt });
          if (answers.length === 3) conn.close();
        },
        onClose: (lost, err) => (lost || err ? reject(err ?? new Error(`${lost} lost`)) : resolve()),
      });
      conn.send(getRequest('/a', {}), 1);
      conn.send(getRequest('/shed', {}), 2);
      conn.send(getRequest('/c', {}), 3);
    });
    expect(answers).toEqual([
      { status: 200, sentAt: 1 },
      { status: 503, sentAt: 2 },
      { status: 200, sentAt: 3 },
    ]);
  });
});
