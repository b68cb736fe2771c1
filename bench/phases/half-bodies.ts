/**
 * Half-sent requests (D6: "half-sent requests time out and never hold the budget of good ones"): sockets that
 * send the complete headers of a POST /device/v1/session announcing a body larger than what follows, then
 * nothing more. `count` of them are held open at all times: one the server closes is replaced at once, as a
 * client that keeps trying would. What the server did with them (its answer, when it closed them) is recorded.
 */
import * as net from 'node:net';
import { quantileOf } from './wire-load';

/** Announced and sent body sizes: the body never arrives whole. */
const ANNOUNCED_BYTES = 4096;
const OPEN_GROUP = 256;
const SENT_BODY = '{"certificateChain":["-----BEGIN CERTIFICATE-----\\nMIIB';

export interface HalfBodyRun {
  /** Held open at once. */
  sockets: number;
  /** Opened in all (the first set plus replacements). */
  opened: number;
  /** Closed by the server while held, and how long after their headers and partial body were sent. */
  closedByServer: number;
  closedAfterP50Ms: number;
  closedAfterMaxMs: number;
  /** Status codes the server answered them with before closing (408 expected). */
  answers: Record<string, number>;
  /** Still open when released (the bench closed them). */
  openAtEnd: number;
  /** The fewest of them open at any 100 ms sample while held (replacements take a moment). */
  fewestOpen: number;
}

export class HalfBodySockets {
  private readonly live = new Set<net.Socket>();
  private readonly closedAfter: number[] = [];
  private readonly answers: Record<string, number> = {};
  private opened = 0;
  private holding = true;
  private fewestOpen = Infinity;
  private readonly request: string;
  private sampler?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly count: number,
  ) {
    this.request =
      `POST /device/v1/session HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: ${ANNOUNCED_BYTES}\r\n\r\n` + SENT_BODY;
  }

  /** Opens the sockets; resolves once every one has sent its headers and partial body. */
  async open(): Promise<void> {
    // In groups, so the listen backlog (511 by default) never overflows into SYN retries.
    for (let i = 0; i < this.count; i += OPEN_GROUP) await Promise.all(Array.from({ length: Math.min(OPEN_GROUP, this.count - i) }, () => this.openOne()));
    this.sampler = setInterval(() => (this.fewestOpen = Math.min(this.fewestOpen, this.live.size)), 100);
  }

  /** Closes them all and says what happened while they were held. */
  release(): HalfBodyRun {
    this.holding = false;
    clearInterval(this.sampler);
    const openAtEnd = this.live.size;
    for (const s of this.live) s.destroy();
    this.live.clear();
    const after = Float64Array.from(this.closedAfter).sort();
    return {
      sockets: this.count,
      opened: this.opened,
      closedByServer: after.length,
      closedAfterP50Ms: quantileOf(after, 0.5),
      closedAfterMaxMs: after.length ? after[after.length - 1] : NaN,
      answers: this.answers,
      openAtEnd,
      fewestOpen: Number.isFinite(this.fewestOpen) ? this.fewestOpen : openAtEnd,
    };
  }

  private openOne(): Promise<void> {
    const { hostname, port } = new URL(this.url);
    return new Promise((resolve) => {
      const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
      this.opened += 1;
      let sentAt = 0;
      socket.on('connect', () => {
        this.live.add(socket);
        socket.write(this.request, () => {
          sentAt = performance.now();
          resolve();
        });
      });
      socket.on('data', (chunk: Buffer) => {
        const status = chunk.toString('latin1', 9, 12);
        if (chunk.toString('latin1', 0, 5) === 'HTTP/') this.answers[status] = (this.answers[status] ?? 0) + 1;
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        resolve();
        if (!this.holding) return;
        this.live.delete(socket);
        if (sentAt > 0) this.closedAfter.push(performance.now() - sentAt);
        void this.openOne();
      });
    });
  }
}
