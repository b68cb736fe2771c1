import { CodedError } from '@app/protocol';

/** Every way a rollout input can be rejected; a code keeps its meaning once shipped. */
export type RolloutErrorCode = 'INVALID_PERCENT' | 'INVALID_PLAN' | 'INVALID_POLICY' | 'INVALID_STAGE_INPUT' | 'INVALID_CONFIDENCE' | 'INVALID_INTERVAL_INPUT';

/** The one error class of `@app/rollout`; `errors` lists every bad field when a whole plan was checked. */
export class RolloutError extends CodedError<RolloutErrorCode> {
  override readonly name = 'RolloutError';
}

/** A short rendering of an unexpected value for "expected X, got Y" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
