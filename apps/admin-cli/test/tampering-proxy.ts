import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Rewrites the JSON of a GET answer (what a compromised or buggy server would show a signer). */
export type Rewrite = (body: Record<string, unknown>) => Record<string, unknown>;

/**
 * A server of the test's own in front of the real one: forwards every request, lets a test rewrite the answer
 * of GET /admin/v1/releases/:id, and records every request that would upload something.
 */
export interface TamperingProxy {
  url: string;
  rewrite?: Rewrite;
  posts: string[];
  close(): Promise<void>;
}

export async function startTamperingProxy(target: string): Promise<TamperingProxy> {
  const proxy: TamperingProxy = { url: '', posts: [], close: async () => undefined };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void forward(req, Buffer.concat(chunks)).then(({ status, text }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(text);
      });
    });
  });
  const forward = async (req: http.IncomingMessage, body: Buffer) => {
    if (req.method !== 'GET') proxy.posts.push(`${req.method} ${req.url}`);
    const headers: Record<string, string> = {};
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    if (body.length) headers['content-type'] = 'application/json';
    const res = await fetch(`${target}${req.url}`, { method: req.method, headers, body: body.length ? body : undefined });
    let text = await res.text();
    if (proxy.rewrite && req.method === 'GET' && /^\/admin\/v1\/releases\/[^/]+$/.test(req.url ?? '')) {
      text = JSON.stringify(proxy.rewrite(JSON.parse(text) as Record<string, unknown>));
    }
    return { status: res.status, text };
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return proxy;
}
