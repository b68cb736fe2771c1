/**
 * The agent's install path (D3, D4), timed with real agents on emulated hardware: from the `install` answer
 * of a poll to the server's acknowledgement of the terminal status report, i.e. progress report, TUF refresh
 * (timestamp, snapshot, targets) and target download, the D3 checks, the atomic A/B install with the settings
 * migration, and the final report. Devices install one after the other, so each time is one device's latency,
 * not a queue. Also split into its three legs, to show where the time goes.
 */
import * as path from 'node:path';
import { Agent, type AgentEvent } from '../../apps/device-agent/src/agent/agent';
import { EmulatedDevice } from '../../apps/device-agent/src/device/emulated-device';
import type { BenchFactory } from '../setup/bench-factory';
import { oldFirmwareProfile } from '../setup/seed-fleet';
import { machineBusyMs } from './load';

export interface InstallTimings {
  installs: number;
  succeeded: number;
  statuses: Record<string, number>;
  medianMs: number;
  p99Ms: number;
  /** Medians of the legs: install answer -> `downloading` acknowledged; -> `installing` acknowledged (TUF + checks); -> terminal acknowledged (apply + report). */
  legsMedianMs: { reportDownloading: number; tufAndChecks: number; applyAndReport: number };
  /** CPU of the whole machine during the installs, in % of one core (server + agents + anything else). */
  machineCpuPct: number;
}

export async function measureAgentInstalls(url: string, factory: BenchFactory, o: { firstKey: number; count: number; dir: string }): Promise<InstallTimings> {
  const identities = await factory.identities(o.firstKey, o.count);
  const totals: number[] = [];
  const legs = { reportDownloading: [] as number[], tufAndChecks: [] as number[], applyAndReport: [] as number[] };
  const statuses: Record<string, number> = {};
  const machine = { busyMs: machineBusyMs(), at: performance.now() };
  for (const [i, identity] of identities.entries()) {
    const device = await EmulatedDevice.manufacture({
      dir: path.join(o.dir, `agent-${identity.index}`),
      profile: oldFirmwareProfile(i),
      factoryCa: factory.factoryCa,
      pinnedRootJson: factory.pinnedRootJson,
      keyPair: identity.keys,
      now: new Date(),
    });
    const marks: Record<string, number> = {};
    const onEvent = (e: AgentEvent) => {
      if (e.type === 'poll' && e.action === 'install') marks.install = performance.now();
      if (e.type === 'status') marks[e.status] = performance.now();
    };
    const outcome = await new Agent({ serverUrl: url, device, onEvent }).pollOnce();
    const status = outcome.status ?? `answer ${outcome.action}`;
    statuses[status] = (statuses[status] ?? 0) + 1;
    const end = marks[outcome.status ?? ''];
    if (marks.install === undefined || end === undefined) continue;
    totals.push(end - marks.install);
    if (marks.downloading !== undefined && marks.installing !== undefined) {
      legs.reportDownloading.push(marks.downloading - marks.install);
      legs.tufAndChecks.push(marks.installing - marks.downloading);
      legs.applyAndReport.push(end - marks.installing);
    }
  }
  const machineCpuPct = ((machineBusyMs() - machine.busyMs) / (performance.now() - machine.at)) * 100;
  if (totals.length === 0) throw new Error(`no agent got an install to time: ${JSON.stringify(statuses)}`);
  return {
    installs: totals.length,
    succeeded: statuses.succeeded ?? 0,
    statuses,
    medianMs: quantile(totals, 0.5),
    p99Ms: quantile(totals, 0.99),
    legsMedianMs: {
      reportDownloading: quantile(legs.reportDownloading, 0.5),
      tufAndChecks: quantile(legs.tufAndChecks, 0.5),
      applyAndReport: quantile(legs.applyAndReport, 0.5),
    },
    machineCpuPct,
  };
}

/** Nearest-rank quantile. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
