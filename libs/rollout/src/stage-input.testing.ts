import { emptyStageCounts, type StageCounts, type StageInput } from '@app/rollout';

/** Test-only builders of `decideStage` inputs: a 10 % stage soaking 600 s, judged at 700 s on a 5 % policy. */
export const START = new Date('2024-09-01T10:00:00Z');
export const seconds = (s: number): Date => new Date(START.getTime() + s * 1000);

export const someCounts = (overrides: Partial<StageCounts> = {}): StageCounts => ({ ...emptyStageCounts(), ...overrides });

export const aStageInput = (overrides: Partial<StageInput> = {}): StageInput => ({
  stage: { percent: 10, soakSeconds: 600 },
  isLastStage: false,
  stageStartedAt: START,
  now: seconds(700),
  counts: someCounts(),
  policy: { maxFailureRate: 0.05, minSamples: 50, confidence: 0.95 },
  ...overrides,
});
