/**
 * What one benchmark run does, full or smoke. The smoke run is the same code with a small fleet and short
 * runs (CI runs it through bench/bench-smoke.spec.ts); only the full run's figures are meant to be compared
 * with the targets.
 */
export interface BenchConfig {
  mode: 'full' | 'smoke';
  /** Registered devices in all (each with a state in the whole-fleet rollout). */
  devices: number;
  /** Devices with real keys and sessions that poll with nothing to install. */
  pollDevices: number;
  /** Devices with real keys and sessions, offered the whole-fleet rollout, that send status reports. */
  reportDevices: number;
  /** Real agents (emulated hardware) that each install once, one after the other. */
  agentInstalls: number;
  /** autocannon connections and seconds per measured run (the same for the ceiling and the server). */
  connections: number;
  durationS: number;
  warmupS: number;
  /** Connections that send status reports while polls run. */
  reportConnections: number;
  /** Seeded devices that poll with minted tokens (at least 10,000 in the full run: distinct devices, not a handful of tokens). */
  mintedPollDevices: number;
  /** Seeded devices offered the whole-fleet rollout that report with minted tokens (3 reports each), and the connections they use. */
  ingestDevices: number;
  ingestConnections: number;
  overload: OverloadConfig;
  /** Sequential admin rollout-view reads. */
  viewReads: number;
  profileS: number;
  fleet: FleetCapacityConfig;
}

export interface OverloadConfig {
  /** Offered rate = factor x the no-update poll throughput measured earlier in the run. */
  factor: number;
  /** The most keep-alive connections the open-loop generator opens (one request in flight each), and how long it waits for the last answers. */
  connections: number;
  graceS: number;
  /** Half-body sockets held open while polls run. */
  halfBodySockets: number;
}

export interface FleetCapacityConfig {
  /** Fleet sizes tried, smallest first; the run stops at the first size that is not sustained. */
  steps: number[];
  /** Agents sleep pollAfterSeconds x timeScale (the server says 3600-4200 s). */
  timeScale: number;
  /** Time for every device to open its session and poll once, then the measured window. */
  warmupS: number;
  measureS: number;
  /** Sustained: polls at >= this share of the scheduled rate ... */
  minRateShare: number;
  /** ... and the fleet process's event-loop delay p99 at or under this. */
  maxLoopDelayP99Ms: number;
}

const FLEET_RULE = { minRateShare: 0.9, maxLoopDelayP99Ms: 100 };

export function benchConfig(smoke: boolean): BenchConfig {
  if (smoke) {
    return {
      mode: 'smoke',
      devices: 2_000,
      pollDevices: 100,
      reportDevices: 100,
      agentInstalls: 5,
      connections: 50,
      durationS: 2,
      warmupS: 0.5,
      reportConnections: 4,
      mintedPollDevices: 500,
      ingestDevices: 600,
      ingestConnections: 32,
      overload: { factor: 2, connections: 1024, graceS: 2, halfBodySockets: 256 },
      viewReads: 3,
      profileS: 1,
      fleet: { steps: [20, 40], timeScale: 0.0001, warmupS: 1, measureS: 1.5, ...FLEET_RULE },
    };
  }
  return {
    mode: 'full',
    devices: 1_000_000,
    pollDevices: 1_000,
    reportDevices: 1_000,
    agentInstalls: 100,
    connections: 50,
    durationS: 10,
    warmupS: 2,
    reportConnections: 8,
    mintedPollDevices: 20_000,
    ingestDevices: 60_000,
    ingestConnections: 256,
    overload: { factor: 2, connections: 4096, graceS: 5, halfBodySockets: 2048 },
    viewReads: 10,
    profileS: 5,
    fleet: { steps: [250, 500, 1000, 1250, 1500, 2000], timeScale: 0.0001, warmupS: 4, measureS: 8, ...FLEET_RULE },
  };
}
