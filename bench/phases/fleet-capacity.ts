/**
 * How many emulated devices one fleet process sustains (D6). A device polls every pollAfterSeconds x
 * timeScale (the server says 3600 + up to 600 s, so 0.36-0.42 s at 0.0001) and its schedule is kept when the
 * process completes its polls on time. Sizes are tried smallest first in a fresh child process each (devices
 * made for a smaller size are reopened, not remade); a size is SUSTAINED when, in the window after warm-up,
 *   polls/s >= minRateShare x scheduled polls/s (devices / mean poll interval), and
 *   the fleet process's event-loop delay p99 <= maxLoopDelayP99Ms.
 * The figure is the largest sustained size; the server's CPU over each window says which side was the limit.
 */
import type { FleetCapacityConfig } from '../bench-config';
import { BenchChild, type ChildStats } from '../children/child-protocol';
import { GENERATOR_CPU } from '../children/pin';
import type { FleetJob, FleetWindow } from '../children/fleet-process';
import { machineBusyMs } from './load';

/** Mean of the server's pollAfterSeconds: POLL_INTERVAL_SECONDS + POLL_JITTER_SECONDS / 2. */
export const MEAN_POLL_AFTER_S = 3600 + 300;

export interface FleetStep extends FleetWindow {
  scheduledPerS: number;
  rateShare: number;
  sustained: boolean;
  serverCpuPct: number;
  serverPeakRssBytes: number;
  /** CPU of everything else on the machine in the window (machine minus server, fleet and this process). */
  otherCpuPct: number;
}

export interface FleetCapacity {
  steps: FleetStep[];
  sustainedDevices: number;
  sustainedPollsPerS: number;
  meanPollIntervalS: number;
}

export async function measureFleetCapacity(
  server: BenchChild,
  c: FleetCapacityConfig,
  o: { dir: string; keysDir: string; say: (s: string) => void },
): Promise<FleetCapacity> {
  const steps: FleetStep[] = [];
  const meanPollIntervalS = MEAN_POLL_AFTER_S * c.timeScale;
  for (const devices of c.steps) {
    const job: FleetJob = {
      serverUrl: server.url,
      devices,
      dir: o.dir,
      keysDir: o.keysDir,
      keyCacheDir: process.env.BENCH_KEY_CACHE,
      timeScale: c.timeScale,
      warmupS: c.warmupS,
      measureS: c.measureS,
    };
    const fleet = await BenchChild.start(`fleet of ${devices}`, 'fleet-process.ts', { env: { BENCH_FLEET: JSON.stringify(job) }, cpu: GENERATOR_CPU });
    let window: FleetWindow;
    let serverStats: ChildStats;
    let machinePct: number;
    try {
      // The child starts its window warmupS after it is ready; the server's window starts with it.
      await new Promise((r) => setTimeout(r, c.warmupS * 1000));
      await server.stats(true);
      const machine = machineBusyMs();
      const own = process.cpuUsage();
      window = await fleet.result<FleetWindow>(c.measureS * 1000 + 120_000);
      serverStats = await server.stats(true);
      const ownUsed = process.cpuUsage(own);
      machinePct = ((machineBusyMs() - machine) / serverStats.wallMs) * 100 - ((ownUsed.user + ownUsed.system) / 1000 / serverStats.wallMs) * 100;
    } finally {
      await fleet.stop();
    }
    const scheduledPerS = devices / meanPollIntervalS;
    const rateShare = window.pollsPerS / scheduledPerS;
    const sustained = rateShare >= c.minRateShare && window.loopDelayP99Ms <= c.maxLoopDelayP99Ms;
    const serverCpuPct = (serverStats.cpuMs / serverStats.wallMs) * 100;
    const otherCpuPct = Math.max(0, machinePct - serverCpuPct - window.cpuPct);
    const step = { ...window, scheduledPerS, rateShare, sustained, serverCpuPct, serverPeakRssBytes: serverStats.windowPeakRssBytes, otherCpuPct };
    steps.push(step);
    o.say(
      `  fleet ${devices}: ${window.pollsPerS.toFixed(0)} polls/s of ${scheduledPerS.toFixed(0)} scheduled (${(rateShare * 100).toFixed(0)} %), loop delay p99 ${window.loopDelayP99Ms.toFixed(1)} ms, fleet CPU ${window.cpuPct.toFixed(0)} %, server CPU ${serverCpuPct.toFixed(0)} %, other ${otherCpuPct.toFixed(0)} % -> ${sustained ? 'sustained' : 'not sustained'}`,
    );
    if (!sustained) break;
  }
  const best = [...steps].reverse().find((s) => s.sustained);
  return { steps, sustainedDevices: best?.devices ?? 0, sustainedPollsPerS: best?.pollsPerS ?? 0, meanPollIntervalS };
}
