/** D4: retry with exponential backoff and full jitter; the server's Retry-After is a floor, never shortened. */

export const BASE_BACKOFF_MS = 1_000;
export const DEFAULT_MAX_BACKOFF_MS = 5 * 60_000;

export interface BackoffInput {
  /** Failures in a row before this one: 0 for the first. */
  attempt: number;
  random: () => number;
  maxBackoffMs: number;
  retryAfterSeconds?: number;
}

/** Full jitter (uniform in [0, min(cap, base * 2^attempt))), raised to Retry-After when the server gave one. */
export function backoffDelayMs(input: BackoffInput): number {
  const ceiling = Math.min(input.maxBackoffMs, BASE_BACKOFF_MS * 2 ** input.attempt);
  const jittered = Math.floor(input.random() * ceiling);
  return Math.max(jittered, (input.retryAfterSeconds ?? 0) * 1000);
}

/** Resolves after `ms`, or at once when `signal` aborts (never rejects: stopping is not an error). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
