/**
 * The child half of child-protocol.ts: samples this process's RSS (peak since start and since the last reset),
 * CPU and event-loop delay, notes every time the loop was blocked for 50 ms or more, answers the parent's
 * requests, takes a CPU profile on demand (node:inspector, so only the window the parent asks for is profiled)
 * and stops gracefully.
 */
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ChildStats, FromChild, ToChild } from './child-protocol';

const RSS_SAMPLE_MS = 100;
const BLOCK_CHECK_MS = 5;
const LONG_BLOCK_MS = 50;

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
  let since = { cpu: process.cpuUsage(), at: performance.now() };
  let longBlocks: ChildStats['longBlocks'] = [];
  let lastTick = performance.now();
  const blockWatch = setInterval(() => {
    const now = performance.now();
    const late = now - lastTick - BLOCK_CHECK_MS;
    if (late >= LONG_BLOCK_MS) longBlocks.push({ atMs: Math.round(now - late - since.at), ms: Math.round(late) });
    lastTick = now;
  }, BLOCK_CHECK_MS);
  blockWatch.unref();
  let profiler: Session | undefined;

  const stats = (reset: boolean): ChildStats => {
    const rss = process.memoryUsage.rss();
    peakRss = Math.max(peakRss, rss);
    windowPeakRss = Math.max(windowPeakRss, rss);
    const cpu = process.cpuUsage(since.cpu);
    const result: ChildStats = {
      rssBytes: rss,
      peakRssBytes: peakRss,
      windowPeakRssBytes: windowPeakRss,
      heapUsedBytes: process.memoryUsage().heapUsed,
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: performance.now() - since.at,
      loopDelayP99Ms: delay.percentile(99) / 1e6,
      loopDelayMaxMs: delay.max / 1e6,
      longBlocks,
    };
    if (reset) {
      since = { cpu: process.cpuUsage(), at: performance.now() };
      delay.reset();
      longBlocks = [];
      windowPeakRss = rss;
    }
    return result;
  };

  process.on('message', (m: ToChild) => {
    if (m.type === 'stats') send({ type: 'stats', stats: stats(m.reset) });
    else if (m.type === 'gc') {
      (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'stats', stats: stats(false) });
    }
    else if (m.type === 'profile-start') {
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
      clearInterval(blockWatch);
      stop()
        .then(() => process.exit(0))
        .catch(failed);
    }
  });
  // The parent went away (Ctrl-C, a failed run): do not linger.
  process.on('disconnect', () => void stop().finally(() => process.exit(0)));
}
