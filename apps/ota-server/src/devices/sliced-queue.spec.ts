import { SlicedQueue } from './sliced-queue';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('SlicedQueue', () => {
  it('runs every job, in order, and passes results and errors on', async () => {
    const queue = new SlicedQueue(5);
    const order: number[] = [];
    const job = (n: number) => () => {
      order.push(n);
      if (n === 2) throw new Error('two');
      return n * 10;
    };
    const results = await Promise.allSettled([1, 2, 3].map((n) => queue.run(job(n))));
    expect(order).toEqual([1, 2, 3]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 'two', 30]);
  });

  it('gives the event loop a turn between slices of a burst (a timer due meanwhile runs before the burst ends)', async () => {
    const queue = new SlicedQueue(5);
    const events: string[] = [];
    const burst = Array.from({ length: 40 }, (_, i) =>
      queue.run(() => {
        // Due as soon as the loop gets a turn: run all 40 ms of jobs in one go and it comes last.
        if (i === 0) setTimeout(() => events.push('timer'), 0);
        busy(1);
        events.push(`job ${i}`);
      }),
    );
    await Promise.all(burst);
    const timer = events.indexOf('timer');
    expect(timer).toBeGreaterThan(0);
    expect(timer).toBeLessThan(events.length - 1);
  });
});
