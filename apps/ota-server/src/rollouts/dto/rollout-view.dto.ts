import { z } from 'zod';
import type { Interval, StageCounts } from '@app/rollout';
import { ROLLOUT_STATES } from '../rollout.entity';
import { audienceFilterSchema, healthPolicySchema, stageSchema } from './rollout-plan.dto';

const count = z.int().min(0);

/** Devices by status (D4), each counted once at its latest status. */
export const stageCountsSchema = z.object({
  offered: count,
  downloading: count,
  installing: count,
  succeeded: count,
  failed: count,
  rolledBack: count,
  cancelled: count,
  timedOut: count,
}) satisfies z.ZodType<StageCounts>;

/** The failure rate with its Wilson interval at the policy's confidence (D4). */
export const stageHealthSchema = z.object({
  samples: count,
  failures: count,
  failureRate: z.number().min(0).max(1),
  interval: z.object({ lower: z.number().min(0).max(1), upper: z.number().min(0).max(1) }) satisfies z.ZodType<Interval>,
  confidence: z.number(),
  maxFailureRate: z.number(),
});

/** A rollout in a list. */
export const rolloutSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  releaseId: z.uuid(),
  state: z.enum(ROLLOUT_STATES),
  stageIndex: z.int().min(0),
  stateReason: z.string().nullable().meta({ description: "the engine's current decision reason (why it holds), or why it paused, halted or ended" }),
  counts: stageCountsSchema.meta({ description: 'devices by status over all stages' }),
  createdAt: z.string().meta({ description: 'ISO 8601 time' }),
});
export type RolloutSummaryDto = z.infer<typeof rolloutSummarySchema>;

/** What a release engineer sees of a rollout: stages with counts, health with its interval, outcomes per key. */
export const rolloutViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  state: z.enum(ROLLOUT_STATES),
  stateReason: z.string().nullable().meta({ description: 'why it holds, paused or halted' }),
  stageIndex: z.int().min(0),
  stageStartedAt: z.string().nullable(),
  startAt: z.string().nullable().meta({ description: 'D8: ISO 8601 time the rollout may start; null = when started' }),
  startRequestedAt: z.string().nullable().meta({ description: 'D8: when start was asked before startAt (scheduled: the engine starts it at startAt)' }),
  requiresApproval: z.boolean(),
  approvedBy: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.int().min(1),
  release: z
    .object({ id: z.uuid(), manifestId: z.string(), stream: z.string(), releaseCounter: z.int().min(1), target: z.string() })
    .nullable()
    .meta({ description: 'the release shipped; its TUF target path' }),
  audience: audienceFilterSchema,
  policy: healthPolicySchema,
  stages: z.array(
    stageSchema.extend({
      index: z.int().min(0),
      expectedDevices: z.int().min(0).nullable().meta({ description: "registered audience devices this stage's cohort adds (null before the first census)" }),
      counts: stageCountsSchema,
      health: stageHealthSchema,
    }),
  ),
  totals: stageCountsSchema.extend({ health: stageHealthSchema }),
  outcomes: z
    .record(z.string(), z.record(z.string(), z.record(z.string(), count)))
    .meta({ description: 'settings outcomes reported: key -> migration op -> result -> devices' }),
  asOf: z.string().meta({ description: 'ISO 8601 time the counts were read' }),
});
export type RolloutViewDto = z.infer<typeof rolloutViewSchema>;
