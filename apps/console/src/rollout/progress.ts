import type { RolloutView, StageCounts } from '../api/types';

/** Devices that have finished, one way or another, in a stage's counts. */
export function settled(c: Partial<StageCounts>): number {
  return (c.succeeded ?? 0) + (c.failed ?? 0) + (c.rolledBack ?? 0) + (c.cancelled ?? 0) + (c.timedOut ?? 0);
}

export function reached(c: Partial<StageCounts>): number {
  return settled(c) + (c.offered ?? 0) + (c.downloading ?? 0) + (c.installing ?? 0);
}

/** Failed ones in D4's sense: the failure rate counts failed and rolled back installs. */
export function failures(c: Partial<StageCounts>): number {
  return (c.failed ?? 0) + (c.rolledBack ?? 0);
}

/** Devices the stages so far are expected to reach (the registered audience, D4), when the census has run. */
export function expectedSoFar(view: RolloutView): number | undefined {
  const stages = view.stages.slice(0, view.stageIndex + 1);
  if (stages.some((s) => s.expectedDevices === null)) return undefined;
  return stages.reduce((sum, s) => sum + (s.expectedDevices ?? 0), 0);
}

export function stageLabel(view: Pick<RolloutView, 'stageIndex' | 'stages'>): string {
  const stage = view.stages[view.stageIndex];
  return `${view.stageIndex + 1} / ${view.stages.length}${stage ? ` · ${stage.percent}%` : ''}`;
}
