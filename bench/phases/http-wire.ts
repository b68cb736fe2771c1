/**
 * HTTP/1.1 on a raw socket, as little of it as the bench's own generators need: requests are pre-built bytes,
 * responses are framed by their status line and Content-Length only (the server under test always sends one),
 * and answered in order per connection (HTTP/1.1 pipelining), so each response is matched to the oldest
 * outstanding request and its latency taken from the time the caller gave with it. Next to autocannon this
 * costs the generator a fraction of the CPU per request, which the open-loop run (2x the server's capacity
 * from one core) and the many-device runs (a request per token, no per-connection copies) need.
 */
import * as net from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = ['content-length:', 'Content-Length:'].map((s) => Buffer.from(s, 'latin1'));

/** A GET request's bytes. */
export function getRequest(path: string, headers: Record<string, string>): Buffer {
  return Buffer.from(`GET ${path} HTTP/1.1\r\nHost: bench\r\n${headerLines(headers)}\r\n`, 'latin1');
}

/** A POST request's bytes with a JSON body. */
export function postJsonRequest(path: string, headers: Record<string, string>, body: string): Buffer {
  const bytes = Buffer.from(body);
  return Buffer.concat([
    Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: bench\r\n${headerLines({ 'content-type': 'application/json', 'content-length': String(bytes.length), ...headers })}\r\n`,
      'latin1',
    ),
    bytes,
  ]);
}

const headerLines = (headers: Record<string, string>) =>
  Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');

/**
 * Splits a byte stream into responses: calls `onResponse(status)` for each complete one. Throws on something
 * that is not an HTTP/1.1 response with a Content-Length (the bench would rather stop than miscount).
 */
export class ResponseFramer {
  private pending: Buffer | undefined;

  constructor(private readonly onResponse: (status: number) => void) {}

  push(chunk: Buffer): void {
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let pos = 0;
    for (;;) {
      const end = buf.indexOf(HEADER_END, pos);
      if (end < 0) break;
      // "HTTP/1.1 200 ...": checked and read byte by byte (no string per response).
      if (buf[pos] !== 0x48 || buf[pos + 4] !== 0x2f) throw new Error(`not an HTTP response: ${JSON.stringify(buf.toString('latin1', pos, pos + 40))}`);
      const status = (buf[pos + 9] - 0x30) * 100 + (buf[pos + 10] - 0x30) * 10 + (buf[pos + 11] - 0x30);
      const next = end + 4 + contentLength(buf, pos, end);
      if (next > buf.length) break;
      pos = next;
      this.onResponse(status);
    }
    this.pending = pos < buf.length ? buf.subarray(pos) : undefined;
  }
}

function contentLength(buf: Buffer, from: number, headerEnd: number): number {
  for (const name of CONTENT_LENGTH) {
    const at = buf.indexOf(name, from);
    if (at < 0 || at > headerEnd) continue;
    let n = 0;
    let i = at + name.length;
    while (buf[i] === 0x20) i += 1;
    for (; buf[i] >= 0x30 && buf[i] <= 0x39; i += 1) n = n * 10 + buf[i] - 0x30;
    return n;
  }
  throw new Error(`response without Content-Length: ${JSON.stringify(buf.toString('latin1', from, Math.min(headerEnd, from + 200)))}`);
}

/** Send times of the requests a connection is waiting for, oldest first (a queue without per-item objects). */
class TimeQueue {
  private items = new Float64Array(64);
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.tail - this.head;
  }

  push(t: number): void {
    if (this.tail === this.items.length) {
      const n = this.length;
      if (n * 2 <= this.items.length) this.items.copyWithin(0, this.head, this.tail);
      else {
        const items = new Float64Array(this.items.length * 2);
        items.set(this.items.subarray(this.head, this.tail));
        this.items = items;
      }
      this.head = 0;
      this.tail = n;
    }
    this.items[this.tail++] = t;
  }

  shift(): number {
    return this.items[this.head++];
  }
}

export interface WireEvents {
  /** A response arrived for the request sent with time `sentAt`; `now` is when it was framed. */
  onResponse(status: number, sentAt: number, now: number): void;
  /** The connection closed (by the server, or an error) with `lost` requests unanswered. */
  onClose(lost: number, err?: Error): void;
}

/** One keep-alive connection to the server under test. */
export class WireConnection {
  private readonly socket: net.Socket;
  private readonly waiting = new TimeQueue();
  private closed = false;

  constructor(host: string, port: number, events: WireEvents) {
    this.socket = net.connect({ host, port, noDelay: true });
    const framer = new ResponseFramer((status) => events.onResponse(status, this.waiting.shift(), performance.now()));
    let failure: Error | undefined;
    this.socket.on('data', (chunk: Buffer) => {
      try {
        framer.push(chunk);
      } catch (err) {
        failure = err as Error;
        this.socket.destroy();
      }
    });
    this.socket.on('error', (err) => (failure ??= err));
    this.socket.on('close', () => {
      this.closed = true;
      events.onClose(this.waiting.length, failure);
    });
  }

  get outstanding(): number {
    return this.waiting.length;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends one request; its latency will count from `sentAt`. */
  send(request: Buffer, sentAt: number): void {
    this.waiting.push(sentAt);
    this.socket.write(request);
  }

  close(): void {
    this.socket.destroy();
  }
}
