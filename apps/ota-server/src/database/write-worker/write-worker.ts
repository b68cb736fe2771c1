import * as path from 'node:path';
import { Worker, type Transferable } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest, WorkerStart } from './write-worker.protocol';

/** The code of the error pending jobs fail with when the worker thread died; a storage failure (503), not a bug. */
export const WORKER_DOWN = 'WRITE_WORKER_DOWN';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
}

/**
 * The main thread's side of the sqlite write worker: posts jobs, matches answers, restarts the thread if it
 * dies (its pending jobs fail as storage failures, so their requests are answered 503 and retried).
 */
export class SqliteWriteWorker {
  private worker?: Worker;
  private ready?: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly start: WorkerStart,
    private readonly onExit: (err: Error) => void,
  ) {}

  run<R>(file: string, job: string, payload: unknown, transfer: Transferable[] = []): Promise<R> {
    if (this.closing) return Promise.reject(workerDown('the write worker is closing'));
    this.ready ??= this.spawn();
    const result = this.ready.then(
      () =>
        new Promise<R>((resolve, reject) => {
          const id = this.nextId++;
          this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
          this.worker!.postMessage({ type: 'job', id, file, job, payload } satisfies WorkerRequest, transfer);
        }),
    );
    this.inFlight.add(result);
    void result.then(
      () => this.inFlight.delete(result),
      () => this.inFlight.delete(result),
    );
    return result;
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (!worker) return;
    await Promise.allSettled([...this.inFlight]);
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ type: 'close' } satisfies WorkerRequest);
    await exited;
  }

  private spawn(): Promise<void> {
    const worker = newWorker(this.start);
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.id === 0) return resolve();
        const p = this.pending.get(reply.id);
        if (!p) return;
        this.pending.delete(reply.id);
        if (reply.ok) p.resolve(reply.result);
        else p.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code }));
      });
      worker.once('error', (err) => reject(err));
      worker.once('exit', (exitCode) => {
        const err = workerDown(`the sqlite write worker exited (code ${exitCode})`);
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
        reject(err);
        if (this.worker === worker) {
          this.worker = undefined;
          this.ready = undefined;
        }
        if (!this.closing) this.onExit(err);
      });
    });
  }
}

function workerDown(message: string): Error {
  return Object.assign(new Error(message), { code: WORKER_DOWN });
}

/**
 * The worker holds little between jobs (a flush interval's check-ins, a page of the registry): its heap is
 * capped well below the process's, so V8 collects it rather than letting it grow under load (server RSS, D6).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/** Under jest and `npm run demo` the sources are TypeScript: the worker compiles them as the main thread does. */
function newWorker(start: WorkerStart): Worker {
  const entry = path.join(__dirname, `write-worker.entry${path.extname(__filename)}`);
  if (entry.endsWith('.js')) return new Worker(entry, { workerData: start, resourceLimits: RESOURCE_LIMITS });
  return new Worker(`require('@swc-node/register'); require(${JSON.stringify(entry)});`, { eval: true, workerData: start, resourceLimits: RESOURCE_LIMITS });
}
