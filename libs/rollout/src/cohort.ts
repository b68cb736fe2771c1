import { hash } from 'node:crypto';
import { RolloutError, describeValue } from './errors';
import type { Stage } from './plan';

/**
 * D4 cohorts. `bucket = uint64(SHA-256(salt ":" deviceId)[0..8]) mod 1_000_000`; a device is in a stage of
 * `percent` when `bucket < percent * 10_000`. Buckets never change for a (salt, device) pair, so raising the
 * percentage only adds devices; each rollout draws its own salt so the same devices are not always first.
 */

/** Number of buckets: one bucket is 0.0001 % of the population, hence percents carry at most 4 decimals. */
export const BUCKET_COUNT = 1_000_000;
/** Buckets per percentage point. */
export const BUCKETS_PER_PERCENT = BUCKET_COUNT / 100;

/** 2^32 mod 1_000_000, to reduce the 64-bit prefix without BigInt (see `bucketOf`). */
const TWO_POW_32_MOD_BUCKETS = 2 ** 32 % BUCKET_COUNT;

/**
 * The device's bucket in [0, 999_999] for this rollout's salt. Salt and id are hashed as UTF-8.
 *
 * Called for every poll, so it hashes with the one-shot `crypto.hash` (no Hash object) and allocates little
 * beyond the digest: the big-endian uint64 `hi * 2^32 + lo` is reduced as `((hi mod B) * (2^32 mod B) + lo) mod B`,
 * whose intermediates stay below 2^40 (exact in a double).
 * The spec checks it against `readBigUInt64BE(0) % 1_000_000n`.
 */
export function bucketOf(deviceId: string, salt: string): number {
  // Hex, not a Buffer: a Buffer made in C++ costs more than the hash itself.
  const digest = hash('sha256', `${salt}:${deviceId}`, 'hex');
  const hi = parseInt(digest.slice(0, 8), 16);
  const lo = parseInt(digest.slice(8, 16), 16);
  return ((hi % BUCKET_COUNT) * TWO_POW_32_MOD_BUCKETS + lo) % BUCKET_COUNT;
}

/** The reason `percent` is not a valid stage percentage, or undefined when it is. */
export function percentProblem(percent: unknown): string | undefined {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) {
    return `percent must be a finite number, got ${describeValue(percent)}`;
  }
  if (percent < 0 || percent > 100) return `percent must be within 0..100, got ${percent}`;
  const scaled = percent * BUCKETS_PER_PERCENT;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
    return `percent must have at most 4 decimals (one bucket is 0.0001 %), got ${percent}`;
  }
  return undefined;
}

/**
 * Number of buckets a stage of `percent` admits. Rounded, because `0.07 * 10_000` is `700.0000000000001` in
 * floating point and bucket 700 must stay out of a 0.07 % stage.
 */
export function cohortSize(percent: number): number {
  const problem = percentProblem(percent);
  if (problem !== undefined) throw new RolloutError('INVALID_PERCENT', problem);
  return Math.round(percent * BUCKETS_PER_PERCENT);
}

/** D4: a bucket is in the cohort when `bucket < percent * 10_000`. Throws `INVALID_PERCENT` outside 0..100. */
export function isInCohort(bucket: number, percent: number): boolean {
  return bucket < cohortSize(percent);
}

/** `isInCohort(bucketOf(deviceId, salt), percent)`. */
export function isDeviceInCohort(deviceId: string, salt: string, percent: number): boolean {
  return isInCohort(bucketOf(deviceId, salt), percent);
}

/**
 * Index of the first stage whose cohort holds `bucket`, or -1 when even the last stage leaves it out. Cohorts only
 * grow (D4), so that stage is the one that adds the device: the server counts each stage's expected cohort with
 * it (the registered devices of the audience in [previous stage's cohort, this stage's cohort)).
 */
export function firstStageIncluding(bucket: number, stages: readonly Stage[]): number {
  return stages.findIndex((stage) => bucket < cohortSize(stage.percent));
}
