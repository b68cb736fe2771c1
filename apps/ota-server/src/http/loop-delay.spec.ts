import { LoopDelayMonitor } from './loop-delay';

/** The monitor is pure: each test plays a sampler whose ticks come on time, late, or very late. */
describe('LoopDelayMonitor', () => {
  const settings = { thresholdMs: 100, intervalMs: 20, holdMs: 1000 };
  /** Ticks `count` times, each `lateMs` late; returns the time of the last tick. */
  const tick = (m: LoopDelayMonitor, fromMs: number, count: number, lateMs: number): number => {
    let t = fromMs;
    for (let i = 0; i < count; i++) m.sample((t += settings.intervalMs + lateMs));
    return t;
  };

  it('reads a loop that keeps time as no delay', () => {
    const m = new LoopDelayMonitor(settings, 0);
    tick(m, 0, 100, 0);
    expect(m.delayMs).toBe(0);
    expect(m.overloaded).toBe(false);
  });

  it('sheds once three iterations in a row each ran the threshold late', () => {
    const m = new LoopDelayMonitor(settings, 0);
    const t = tick(m, 0, 2, 150);
    expect(m.overloaded).toBe(false);
    expect(m.sample(t + 170)).toBe(true);
    expect(m.overloaded).toBe(true);
    expect(m.delayMs).toBe(150);
  });

  it('does not shed for one stall, however long, nor for stalls with on-time ticks between them', () => {
    const m = new LoopDelayMonitor(settings, 0);
    let t = tick(m, 0, 1, 5_000);
    for (let i = 0; i < 10; i++) t = tick(m, tick(m, t, 2, 500), 1, 0);
    expect(m.overloaded).toBe(false);
    expect(m.delayMs).toBe(0);
  });

  describe('when overloaded', () => {
    const overloaded = () => {
      const m = new LoopDelayMonitor(settings, 0);
      return { m, t: tick(m, 0, 3, 300) };
    };

    it('keeps shedding until the delay has stayed under half the threshold for the hold time', () => {
      const { m, t } = overloaded();
      expect(m.overloaded).toBe(true);
      // Calm, but not yet for the hold time (the first calm tick starts it).
      let now = tick(m, t, 40, 0);
      expect(m.overloaded).toBe(true);
      now = tick(m, now, 20, 0);
      expect(m.overloaded).toBe(false);
      expect(now - t).toBeLessThan(1400);
    });

    it('starts the hold over when the loop runs late again (no flapping)', () => {
      const { m, t } = overloaded();
      let now = tick(m, t, 40, 0);
      // Late again: between half the threshold and the threshold still counts as not calm.
      now = tick(m, now, 3, 70);
      expect(m.overloaded).toBe(true);
      now = tick(m, now, 45, 0);
      expect(m.overloaded).toBe(true);
      tick(m, now, 20, 0);
      expect(m.overloaded).toBe(false);
    });
  });

  it('forgets the past on restart', () => {
    const m = new LoopDelayMonitor(settings, 0);
    tick(m, 0, 3, 300);
    m.restart(10_000);
    expect([m.overloaded, m.delayMs]).toEqual([false, 0]);
    m.sample(10_020);
    expect(m.delayMs).toBe(0);
  });
});
