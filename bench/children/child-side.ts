/**
 * The child half of child-protocol.ts: samples this process's RSS (peak since start and since the last reset),
 * CPU (per thread where /proc allows) and event-loop delay, notes every time the loop was blocked for 20 ms or
 * more and how much of that was garbage collection, answers the parent's requests, takes a CPU profile on demand
 * (node:inspector, so only the window the parent asks for is profiled) and stops gracefully.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { ChildStats, FromChild, ToChild } from './child-protocol';

const RSS_SAMPLE_MS = 100;
const BLOCK_CHECK_MS = 5;
/** The bench's event-loop target is "no block over 20 ms": every block that long is kept with its GC share. */
const LONG_BLOCK_MS = 20;

export function send(m: FromChild): void {
  process.send?.(m);
}

export function failed(err: unknown): never {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  send({ type: 'failed', message });
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** Starts sampling and serves the parent; `stop` runs the process's own shutdown, then the process exits. */
export function serveParent(stop: () => Promise<void>): void {
  let peakRss = process.memoryUsage.rss();
  let windowPeakRss = peakRss;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    windowPeakRss = Math.max(windowPeakRss, rss);
  }, RSS_SAMPLE_MS);
  sampler.unref();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let since = { cpu: process.cpuUsage(), at: performance.now(), threads: threadCpuTicks(), written: storageWriteBytes() };
  const loop = new BlockWatch();
  const gc = new GcLog();
  let profiler: Session | undefined;

  const stats = (reset: boolean): ChildStats => {
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    windowPeakRss = Math.max(windowPeakRss, rss);
    const cpu = process.cpuUsage(since.cpu);
    const threads = threadCpuTicks();
    const written = storageWriteBytes();
    const result: ChildStats = {
      rssBytes: rss,
      peakRssBytes: peakRss,
      windowPeakRssBytes: windowPeakRss,
      heapUsedBytes: process.memoryUsage().heapUsed,
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: performance.now() - since.at,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
      loopDelayMaxMs: delay.max / 1e6,
      longestBlockMs: loop.longestMs,
      longestOwnBlockMs: loop.longestOwnMs,
      longBlocks: loop.blocks.map((b) => ({
        atMs: Math.round(b.startAt - since.at),
        ms: Math.round(b.ms),
        gcMs: Math.round(gc.within(b.startAt, b.startAt + b.ms)),
        cpuWaitMs: Math.round(b.cpuWaitMs),
        otherProcessesMs: Math.round(b.otherProcessesMs),
      })),
      mainCpuWaitMs: loop.cpuWaitMs,
      gc: gc.summary(),
      threadCpuMs:
        threads && since.threads
          ? { main: (threads.main - since.threads.main) * TICK_MS, others: Math.max(0, threads.others - since.threads.others) * TICK_MS }
          : { main: -1, others: -1 },
      storageWriteBytes: written >= 0 && since.written >= 0 ? written - since.written : -1,
    };
    if (reset) {
      since = { cpu: process.cpuUsage(), at: performance.now(), threads, written };
      delay.reset();
      loop.reset();
      gc.reset();
      windowPeakRss = rss;
    }
    return result;
  };

  process.on('message', (m: ToChild) => {
    if (m.type === 'stats') send({ type: 'stats', stats: stats(m.reset) });
    else if (m.type === 'watch') {
      loop.watching(m.on);
      send({ type: 'stats', stats: stats(false) });
    } else if (m.type === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'stats', stats: stats(false) });
    } else if (m.type === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      profiler.post('Profiler.enable', () => profiler?.post('Profiler.start'));
    } else if (m.type === 'profile-stop') {
      profiler?.post('Profiler.stop', (err, result) => {
        if (err) return send({ type: 'failed', message: `profile: ${err.message}` });
        fs.writeFileSync(m.file, JSON.stringify(result.profile));
        profiler?.disconnect();
        profiler = undefined;
        send({ type: 'profile-saved', file: m.file });
      });
    } else if (m.type === 'stop') {
      clearInterval(sampler);
      loop.stop();
      gc.stop();
      stop()
        .then(() => process.exit(0))
        .catch(failed);
    }
  });
  // The parent went away (Ctrl-C, a failed run): do not linger.
  process.on('disconnect', () => void stop().finally(() => process.exit(0)));
}

/**
 * Event-loop blocks: a timer due every BLOCK_CHECK_MS that fires `late` ms late says the loop was held that long
 * (the same measure as the server's own shedding monitor, http/loop-delay.ts). Turned off, it records nothing and
 * starts over when turned on, so a pause the bench caused (SIGSTOP, its own profiler) is not counted.
 *
 * Each tick also reads the main thread's scheduler times (schedstat: on the CPU, waiting for it; one pread of
 * ~3 us) and the process's CPU time (getrusage), so a block can be told apart from a thread that was not running:
 * while the main thread waited, either the server's other threads (write worker, GC helpers: they share its core)
 * or other processes had the core; what the other threads used in the block says which.
 */
class BlockWatch {
  longestMs = 0;
  /** The longest block less the CPU wait other processes caused in it: what the server held its loop for itself. */
  longestOwnMs = 0;
  blocks: { startAt: number; ms: number; cpuWaitMs: number; otherProcessesMs: number }[] = [];
  /** CPU wait of the main thread since the reset (ms); -1 without schedstat. */
  cpuWaitMs = 0;
  private on = true;
  private lastTick = performance.now();
  private readonly sched = new SchedStat();
  private last = this.sample();
  private readonly timer = setInterval(() => this.tick(), BLOCK_CHECK_MS);

  constructor() {
    this.timer.unref();
    if (this.last.waitMs < 0) this.cpuWaitMs = -1;
  }

  watching(on: boolean): void {
    this.on = on;
    this.lastTick = performance.now();
    this.last = this.sample();
  }

  reset(): void {
    this.longestMs = 0;
    this.longestOwnMs = 0;
    this.blocks = [];
    if (this.cpuWaitMs >= 0) this.cpuWaitMs = 0;
  }

  stop(): void {
    clearInterval(this.timer);
    this.sched.close();
  }

  private sample(): { waitMs: number; mainMs: number; processMs: number } {
    const { onCpuMs, waitMs } = this.sched.read();
    const cpu = process.cpuUsage();
    return { waitMs, mainMs: onCpuMs, processMs: (cpu.user + cpu.system) / 1000 };
  }

  private tick(): void {
    const now = performance.now();
    const late = now - this.lastTick - BLOCK_CHECK_MS;
    const cur = this.sample();
    const waited = cur.waitMs >= 0 && this.last.waitMs >= 0 ? cur.waitMs - this.last.waitMs : 0;
    // CPU the server's other threads used meanwhile; the rest of the wait was other processes'.
    const otherThreads = cur.mainMs >= 0 ? Math.max(0, cur.processMs - this.last.processMs - (cur.mainMs - this.last.mainMs)) : 0;
    this.lastTick = now;
    this.last = cur;
    if (!this.on) return;
    if (this.cpuWaitMs >= 0) this.cpuWaitMs += waited;
    const otherProcesses = Math.min(late, Math.max(0, waited - otherThreads));
    this.longestMs = Math.max(this.longestMs, late);
    this.longestOwnMs = Math.max(this.longestOwnMs, late - otherProcesses);
    if (late >= LONG_BLOCK_MS) this.blocks.push({ startAt: now - late, ms: late, cpuWaitMs: waited, otherProcessesMs: otherProcesses });
  }
}

/** The main thread's scheduler times in ms (/proc/self/task/<pid>/schedstat: on the CPU, waiting on a run queue); -1 without it. */
class SchedStat {
  private fd = -1;
  private readonly buf = Buffer.alloc(128);

  constructor() {
    try {
      this.fd = fs.openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
    } catch {
      this.fd = -1;
    }
  }

  read(): { onCpuMs: number; waitMs: number } {
    if (this.fd < 0) return { onCpuMs: -1, waitMs: -1 };
    const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, 0);
    // "<ns on the cpu> <ns waiting on a run queue> <timeslices>"
    const [onCpu, wait] = this.buf.toString('latin1', 0, n).split(' ');
    return { onCpuMs: Number(onCpu) / 1e6, waitMs: Number(wait) / 1e6 };
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
/** Pauses kept per window for attributing blocks: enough for minutes of scavenges. */
const MAX_GC_ENTRIES = 100_000;

/** The garbage collector's pauses (perf_hooks `gc` entries, delivered after the fact). */
class GcLog {
  private entries: { startAt: number; ms: number; kind: string }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (this.entries.length >= MAX_GC_ENTRIES) break;
      const kind = (e as { detail?: { kind?: number } }).detail?.kind;
      this.entries.push({ startAt: e.startTime, ms: e.duration, kind: GC_KINDS[kind ?? -1] ?? 'other' });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** GC time inside [from, to] (performance.now() times). */
  within(from: number, to: number): number {
    return this.entries.reduce((sum, e) => sum + Math.max(0, Math.min(to, e.startAt + e.ms) - Math.max(from, e.startAt)), 0);
  }

  summary(): ChildStats['gc'] {
    const longest = this.entries.reduce<{ ms: number; kind: string } | undefined>((a, e) => (a === undefined || e.ms > a.ms ? e : a), undefined);
    return {
      count: this.entries.length,
      totalMs: this.entries.reduce((s, e) => s + e.ms, 0),
      longestMs: longest?.ms ?? 0,
      longestKind: longest?.kind ?? 'none',
    };
  }

  reset(): void {
    this.entries = [];
  }

  stop(): void {
    this.observer.disconnect();
  }
}

/** Linux's USER_HZ: /proc reports CPU time in 1/100 s. */
const TICK_MS = 10;

/** CPU ticks (user + system) of this process's main thread and of all its other threads; undefined without /proc. */
function threadCpuTicks(): { main: number; others: number } | undefined {
  try {
    let main = 0;
    let others = 0;
    for (const tid of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is the first, utime the 12th, stime the 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (Number(tid) === process.pid) main += ticks;
      else others += ticks;
    }
    return { main, others };
  } catch {
    return undefined;
  }
}

/** Bytes this process caused to be written to storage (/proc/self/io `write_bytes`); -1 without /proc. */
function storageWriteBytes(): number {
  try {
    const line = /^write_bytes: (\d+)$/m.exec(fs.readFileSync('/proc/self/io', 'utf8'));
    return line ? Number(line[1]) : -1;
  } catch {
    return -1;
  }
}
