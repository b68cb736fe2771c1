/** A static HTTP server on 127.0.0.1 serving an in-memory file map that tests swap or tamper with. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FileServer {
  /** `http://127.0.0.1:<port>/` */
  baseUrl: string;
  /** The files served, by path without the leading slash. Replace it freely between requests. */
  files: Map<string, Buffer>;
  close(): Promise<void>;
}

export async function startFileServer(): Promise<FileServer> {
  const state: FileServer = { baseUrl: '', files: new Map(), close: async () => undefined };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\//, '');
    const body = state.files.get(path);
    if (req.method !== 'GET' || body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  state.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  return state;
}
