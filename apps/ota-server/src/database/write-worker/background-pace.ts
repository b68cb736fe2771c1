/**
 * A share of the write worker's time for background work (D6). Check-in flushes and census pages are
 * `low`-priority pieces: after a piece that took d ms, the next one starts no sooner than d x (1 / share - 1)
 * ms later. Where the worker and the event loop share a core, background writes then take at most `share` of
 * it, so polls keep the rest, while status reports (`high`) run at once and never wait out a pause: a lower
 * thread priority (nice) slowed reports as much as check-ins, and under a full poll load a report waited
 * seconds behind a flush. Check-ins buffered meanwhile on the main thread merge per device, so a slower
 * flush writes fewer rows, not more.
 */
export class BackgroundPace {
  private resumeAt = 0;

  constructor(
    private readonly share: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  }

  /** Resolves when the next background piece may start. */
  async ready(): Promise<void> {
    const wait = this.resumeAt - this.now();
    if (wait > 0) await this.sleep(wait);
  }

  /** Runs one background piece and books its pause. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await fn();
    } finally {
      const end = this.now();
      this.resumeAt = end + (end - start) * (1 / this.share - 1);
    }
  }
}
