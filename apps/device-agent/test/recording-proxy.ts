/**
 * Test support: an HTTP proxy on the device's path to the server (the device API is plain HTTP, D4). It records
 * every device API exchange, and lets a test play the man in the middle: rewrite the server's JSON answers, or
 * answer a request itself (a 503, a 409) instead of passing it on. TUF downloads pass through untouched.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StatusReport } from '@app/protocol';

export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/device/v1/update?firmwareVersion=5.8.0`. */
  url: string;
  /** The JSON body sent, parsed (undefined for none). */
  body: unknown;
}

export interface Exchange extends ProxiedRequest {
  status: number;
  /** The JSON answer the device got (after any rewrite). */
  answer: unknown;
  /** Whether the proxy answered instead of the server. */
  intercepted: boolean;
}

export interface ProxyAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface ProxyHooks {
  /** Answers `req` instead of the server when it returns an answer. */
  intercept?: (req: ProxiedRequest) => ProxyAnswer | undefined;
  /** Rewrites the server's JSON answer to `req` (return it unchanged to pass it on). */
  rewrite?: (req: ProxiedRequest, answer: unknown) => unknown;
}

export interface RecordingProxy {
  url: string;
  hooks: ProxyHooks;
  /** Every device API exchange (`/device/...`), in order. */
  readonly exchanges: Exchange[];
  /** The status reports the device sent, answered or not. */
  reports(): StatusReport[];
  close(): Promise<void>;
}

const PASSED_HEADERS = ['content-type', 'retry-after'];

export async function startRecordingProxy(upstream: string, hooks: ProxyHooks = {}): Promise<RecordingProxy> {
  const exchanges: Exchange[] = [];
  const proxy: RecordingProxy = {
    url: '',
    hooks,
    exchanges,
    reports: () => exchanges.filter((e) => e.method === 'POST' && e.url === '/device/v1/status').map((e) => e.body as StatusReport),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    void relay(upstream, proxy, req).then(
      ({ status, headers, body }) => res.writeHead(status, { ...headers, 'content-length': body.length }).end(body),
      (error: unknown) => res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}

async function relay(
  upstream: string,
  proxy: RecordingProxy,
  req: http.IncomingMessage,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const sent = Buffer.concat(chunks);
  const request: ProxiedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', body: sent.length ? JSON.parse(sent.toString('utf8')) : undefined };
  const record = request.url.startsWith('/device/');

  const own = record ? proxy.hooks.intercept?.(request) : undefined;
  if (own) {
    proxy.exchanges.push({ ...request, status: own.status, answer: own.body, intercepted: true });
    return { status: own.status, headers: { 'content-type': 'application/json', ...own.headers }, body: Buffer.from(JSON.stringify(own.body)) };
  }
  const headers: Record<string, string> = {};
  for (const name of ['authorization', 'content-type']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
  const res = await fetch(`${upstream}${request.url}`, { method: request.method, headers, body: sent.length ? sent : undefined });
  let body = Buffer.from(await res.arrayBuffer());
  const passed: Record<string, string> = {};
  for (const name of PASSED_HEADERS) if (res.headers.has(name)) passed[name] = res.headers.get(name)!;
  if (!record) return { status: res.status, headers: passed, body };

  let answer: unknown = body.length ? JSON.parse(body.toString('utf8')) : undefined;
  if (proxy.hooks.rewrite && res.ok) {
    answer = proxy.hooks.rewrite(request, answer);
    body = Buffer.from(JSON.stringify(answer));
  }
  proxy.exchanges.push({ ...request, status: res.status, answer, intercepted: false });
  return { status: res.status, headers: passed, body };
}
