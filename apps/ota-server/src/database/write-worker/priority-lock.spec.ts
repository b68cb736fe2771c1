import { PriorityLock } from './priority-lock';

describe('PriorityLock', () => {
  it('runs one holder at a time, waiting high before waiting low, each in arrival order', async () => {
    const lock = new PriorityLock();
    const order: string[] = [];
    let release!: () => void;
    const first = lock.run('low', () => new Promise<void>((r) => (release = r)).then(() => void order.push('first')));
    const rest = [
      lock.run('low', async () => void order.push('low-1')),
      lock.run('high', async () => void order.push('high-1')),
      lock.run('low', async () => void order.push('low-2')),
      lock.run('high', async () => void order.push('high-2')),
    ];
    release();
    await Promise.all([first, ...rest]);
    expect(order).toEqual(['first', 'high-1', 'high-2', 'low-1', 'low-2']);
  });

  it('passes the lock on when a holder fails', async () => {
    const lock = new PriorityLock();
    await expect(lock.run('high', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lock.run('low', async () => 42)).resolves.toBe(42);
  });
});
