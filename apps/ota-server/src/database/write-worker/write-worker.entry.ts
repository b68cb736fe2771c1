/**
 * The sqlite write worker thread (D6: writes off the event loop). It owns one connection and runs the jobs the
 * main thread sends, one transaction at a time (status reports and offers first, background work paced: see
 * background-pace.ts), and answers each message with the job's result or its error (code kept, so the main
 * thread can tell a full disk from a bug).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isJobModule, type Job } from '../sql-db';
import { WorkerSqliteDb } from './sqlite-db';
import type { WorkerReply, WorkerRequest, WorkerStart } from './write-worker.protocol';

const start = workerData as WorkerStart;
const port = parentPort!;
const db = new WorkerSqliteDb(start.file);
const modules = new Map<string, Record<string, Job<never, unknown>>>();

function jobOf(file: string, name: string): Job<unknown, unknown> {
  let jobs = modules.get(file);
  if (!jobs) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const found = Object.values(require(file) as Record<string, unknown>).find(isJobModule);
    if (!found) throw new Error(`expected ${file} to export a JobModule (defineJobs)`);
    jobs = found.jobs;
    modules.set(file, jobs);
  }
  const job = jobs[name];
  if (!job) throw new Error(`expected a job "${name}" in ${file}`);
  return job as Job<unknown, unknown>;
}

port.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'close') {
    db.close();
    port.close();
    return;
  }
  void (async () => {
    let reply: WorkerReply;
    try {
      reply = { id: msg.id, ok: true, result: await jobOf(msg.file, msg.job)(db, msg.payload) };
    } catch (err) {
      const e = err as { name?: unknown; message?: unknown; code?: unknown };
      reply = {
        id: msg.id,
        ok: false,
        error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? err), code: typeof e?.code === 'string' ? e.code : undefined },
      };
    }
    port.postMessage(reply);
  })();
});
port.postMessage({ id: 0, ok: true, result: 'ready' } satisfies WorkerReply);
