import type { Logger } from '@nestjs/common';

/**
 * Writes that the device hot path must not wait for (D6), buffered by key and flushed in batches: the newest
 * value per key wins, one flush runs at a time, and a failed batch goes back into the buffer (behind anything
 * newer) for the next flush, so nothing is lost to a passing database error.
 */
export class WriteBuffer<V> {
  private pending = new Map<string, V>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    private readonly what: string,
    private readonly write: (batch: V[]) => Promise<void>,
    private readonly logger: Logger,
    /** Runs as each flush starts, to move what the owner gathered elsewhere into the buffer. */
    private readonly gather?: () => void,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => void this.flush(), everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  set(key: string, value: V): void {
    this.pending.set(key, value);
  }

  /** Writes everything buffered so far; resolves once it is in the database (or back in the buffer). */
  async flush(): Promise<void> {
    if (this.flushing) await this.flushing;
    this.gather?.();
    // Another caller may have started the next batch meanwhile: wait for it too, so "flushed" means written.
    if (this.pending.size === 0) return this.flushing;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.write([...batch.values()])
      .catch((err: Error) => {
        for (const [key, value] of batch) if (!this.pending.has(key)) this.pending.set(key, value);
        this.logger.warn({ err: err.message, count: batch.size }, `${this.what} flush failed; will retry`);
      })
      .finally(() => (this.flushing = undefined));
    await this.flushing;
  }
}
