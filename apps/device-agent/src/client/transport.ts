/**
 * How the agent reaches its server (D5 transport). An `http:` URL uses Node's fetch, as always. An `https:` URL
 * trusts exactly one CA, the one pinned in the device's firmware: not the system store, not NODE_EXTRA_CA_CERTS
 * (Node's `ca` option replaces both), never a skipped check; the host name is verified against the
 * certificate. Behind a load balancer that terminates TLS the pin is that balancer's CA. The same transport
 * serves the device API and tuf-js (tuf-fetch.ts), so control messages and TUF metadata share one trust.
 */
import * as https from 'node:https';
import { Readable } from 'node:stream';
import { ClientError } from './client-error';

export interface TransportRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** The subset of `fetch` the agent uses. */
export type Transport = (url: string, init?: TransportRequest) => Promise<Response>;

/** Certificate verification failures (OpenSSL's X509_V_ERR names, and Node's host name check). */
const UNTRUSTED =
  /^(ERR_TLS_CERT_ALTNAME_INVALID|UNABLE_TO_|SELF_SIGNED_CERT|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED|HOSTNAME_MISMATCH)/;

/**
 * The transport for `serverUrl`. `TLS_UNTRUSTED` at once for an https URL without a pinned CA: there is nothing
 * else it could trust.
 */
export function transportFor(serverUrl: string, pinnedCaPem: string | undefined): Transport {
  if (new URL(serverUrl).protocol !== 'https:') return (url, init) => fetch(url, init);
  if (pinnedCaPem === undefined || pinnedCaPem.trim() === '')
    throw new ClientError('TLS_UNTRUSTED', `expected a pinned server CA in the firmware to reach ${serverUrl}, found none`);
  return pinnedHttps(new https.Agent({ ca: pinnedCaPem, keepAlive: true }));
}

/** `fetch` over node:https through `agent` (undici, behind Node's fetch, takes no CA without its own package). */
function pinnedHttps(agent: https.Agent): Transport {
  return (url, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = https.request(url, { method: init.method ?? 'GET', headers: init.headers, agent, signal: init.signal }, (res) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) for (const one of [value ?? []].flat()) headers.append(name, one);
        const status = res.statusCode ?? 0;
        const empty = status === 204 || status === 304 || init.method === 'HEAD';
        if (empty) res.resume();
        resolve(new Response(empty ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>), { status, headers }));
      });
      req.once('error', (error: NodeJS.ErrnoException) => reject(untrusted(url, error) ?? error));
      req.end(init.body);
    });
}

function untrusted(url: string, error: NodeJS.ErrnoException): ClientError | undefined {
  if (typeof error.code !== 'string' || !UNTRUSTED.test(error.code)) return undefined;
  const { host } = new URL(url);
  return new ClientError(
    'TLS_UNTRUSTED',
    `expected ${host} to prove its name with a certificate from the pinned server CA, got ${error.code}: ${error.message}`,
    {
      cause: error,
    },
  );
}
