/**
 * One fleet process (`Fleet` of apps/device-agent: N real agents with emulated hardware) against the server
 * under test, measured from inside: polls completed in a window after every device has had time to open its
 * session, this process's event-loop delay and CPU in that window. Settings come as JSON in BENCH_FLEET.
 */
import * as fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Fleet } from '../../apps/device-agent/src/fleet/fleet';
import { DEFAULT_MIX } from '../../apps/device-agent/src/fleet/fleet-plan';
import { failed, send } from './child-side';

export interface FleetJob {
  serverUrl: string;
  devices: number;
  dir: string;
  keysDir: string;
  keyCacheDir?: string;
  timeScale: number;
  warmupS: number;
  measureS: number;
}

export interface FleetWindow {
  devices: number;
  createS: number;
  polls: number;
  pollsPerS: number;
  sessions: number;
  backoffs: number;
  installs: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  cpuPct: number;
  rssBytes: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const job = JSON.parse(process.env.BENCH_FLEET ?? '') as FleetJob;
  const read = (file: string) => fs.readFileSync(`${job.keysDir}/${file}`, 'utf8');
  const t0 = performance.now();
  const counts = { polls: 0, sessions: 0, backoffs: 0, installs: 0 };
  const fleet = await Fleet.create({
    serverUrl: job.serverUrl,
    devices: job.devices,
    dir: job.dir,
    factoryCa: { certPem: read('factory-ca.cert.pem'), privateKeyPem: read('private/factory-ca.key.pem') },
    pinnedRootJson: read('1.root.json'),
    mix: DEFAULT_MIX,
    timeScale: job.timeScale,
    keyCacheDir: job.keyCacheDir,
    onEvent: (_device, e) => {
      if (e.type === 'poll') counts.polls += 1;
      else if (e.type === 'session') counts.sessions += 1;
      else if (e.type === 'backoff') counts.backoffs += 1;
      else if (e.type === 'status' && e.status === 'succeeded') counts.installs += 1;
    },
  });
  const createS = (performance.now() - t0) / 1000;
  send({ type: 'ready', startupMs: performance.now(), detail: { createS } });
  const stop = new AbortController();
  const running = fleet.run(stop.signal);
  await sleep(job.warmupS * 1000);
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const start = { ...counts, cpu: process.cpuUsage(), at: performance.now() };
  await sleep(job.measureS * 1000);
  const wallS = (performance.now() - start.at) / 1000;
  const cpu = process.cpuUsage(start.cpu);
  const window: FleetWindow = {
    devices: job.devices,
    createS,
    polls: counts.polls - start.polls,
    pollsPerS: (counts.polls - start.polls) / wallS,
    sessions: counts.sessions - start.sessions,
    backoffs: counts.backoffs - start.backoffs,
    installs: counts.installs - start.installs,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
    cpuPct: ((cpu.user + cpu.system) / 1000 / (wallS * 1000)) * 100,
    rssBytes: process.memoryUsage.rss(),
  };
  stop.abort();
  await running;
  send({ type: 'result', result: window });
  process.on('message', (m: { type: string }) => m.type === 'stop' && process.exit(0));
  process.on('disconnect', () => process.exit(0));
}

main().catch(failed);
