/**
 * `rollout watch` (D9): follows a rollout until it ends, for people (a live progress bar on a terminal) and for
 * CI pipelines (a line per change otherwise). Exits 0 when it completes and non-zero when it is halted or
 * cancelled, so a pipeline step fails with the rollout.
 */
import { SingleBar } from 'cli-progress';
import { CliError } from '../cli-error';
import { println, type CliIo } from '../cli-io';
import type { AdminClient } from '../client/admin-client';
import { progressLine, type RolloutView } from './rollout-view';

export interface WatchOptions {
  intervalMs: number;
  /** Stop after this long without an end state (0: no limit). */
  timeoutMs: number;
}

const ENDED = new Set(['completed', 'halted', 'cancelled']);

export async function watchRollout(io: CliIo, client: AdminClient, id: string, options: WatchOptions): Promise<void> {
  const path = `/admin/v1/rollouts/${encodeURIComponent(id)}`;
  const tty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  const bar = tty ? new SingleBar({ format: '{bar} {percentage}% | {line}', stream: io.stdout as NodeJS.WriteStream, hideCursor: true }) : undefined;
  const started = Date.now();
  let last = '';
  let view = await client.get<RolloutView>(path);
  bar?.start(100, 0, { line: '' });
  try {
    for (;;) {
      const line = progressLine(view);
      if (bar) bar.update(progressPercent(view), { line });
      else if (line !== last) println(io, `${new Date().toISOString()} ${line}`);
      last = line;
      if (ENDED.has(view.state)) break;
      if (options.timeoutMs > 0 && Date.now() - started > options.timeoutMs) throw new CliError('WATCH_TIMEOUT', `rollout ${id} is still ${view.state}`);
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
      view = await client.get<RolloutView>(path);
    }
  } finally {
    bar?.stop();
  }
  if (view.state !== 'completed')
    throw new CliError(`ROLLOUT_${view.state.toUpperCase()}`, `rollout ${id} ${view.state}${view.stateReason ? `: ${view.stateReason}` : ''}`);
  println(io, `rollout ${id} completed`);
}

/** How far through its stages the rollout is: the stages before it, and the current one's succeeded share. */
function progressPercent(view: RolloutView): number {
  if (view.state === 'completed') return 100;
  const stage = view.stages[view.stageIndex];
  const expected = stage?.expectedDevices ?? 0;
  const within = expected > 0 ? Math.min(1, (stage?.counts.succeeded ?? 0) / expected) : 0;
  return Math.round(((view.stageIndex + within) / Math.max(1, view.stages.length)) * 100);
}
