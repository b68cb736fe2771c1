import type { Priority } from '../sql-db';

/**
 * One holder at a time; waiting `high` holders go before waiting `low` ones. In the write worker it keeps
 * each transaction whole (jobs are async and would otherwise interleave on the one connection) and lets a
 * status report commit between two pages of a long check-in flush instead of after all of them.
 */
export class PriorityLock {
  private held = false;
  private readonly waiting: Record<Priority, (() => void)[]> = { high: [], low: [] };

  async run<T>(priority: Priority, fn: () => Promise<T>): Promise<T> {
    if (this.held) await new Promise<void>((resolve) => this.waiting[priority].push(resolve));
    this.held = true;
    try {
      return await fn();
    } finally {
      const next = this.waiting.high.shift() ?? this.waiting.low.shift();
      if (next) next();
      else this.held = false;
    }
  }
}
