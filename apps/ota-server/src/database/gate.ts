/**
 * One holder at a time, first come first served: the sqlite main connection is a single connection that
 * TypeORM shares between every caller, so two transactions (or a transaction and a read) would otherwise
 * interleave on it at every `await`, one inside the other.
 */
export class Gate {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    // The next holder waits for this one to finish, however it finishes.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
