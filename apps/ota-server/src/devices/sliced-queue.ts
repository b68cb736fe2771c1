/**
 * Synchronous work that cannot leave the event loop (certificate checks: node:crypto's X509 parsing has no
 * asynchronous form), taken a slice at a time: jobs run back to back for at most `sliceMs`, then the loop gets
 * a turn before the next slice (D6: a burst of sessions, a fleet booting at once, must not hold the polls).
 * Without it every session request that arrived in one read ran its checks in that one loop iteration: 500
 * devices starting together held the loop for 300 ms.
 */
export class SlicedQueue {
  private readonly jobs: (() => void)[] = [];
  private scheduled = false;

  constructor(private readonly sliceMs = 5) {}

  /** Runs `job` in a later slice; resolves or rejects with what it returns or throws. */
  run<T>(job: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(() => {
        try {
          resolve(job());
        } catch (err) {
          reject(err);
        }
      });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    const until = performance.now() + this.sliceMs;
    do this.jobs.shift()!();
    while (this.jobs.length > 0 && performance.now() < until);
    if (this.jobs.length > 0) this.schedule();
  }
}
