import { BackgroundPace } from './background-pace';

describe('BackgroundPace', () => {
  function paced(share: number) {
    let now = 0;
    const slept: number[] = [];
    const pace = new BackgroundPace(
      share,
      () => now,
      async (ms) => {
        slept.push(ms);
        now += ms;
      },
    );
    const piece = (ms: number) => pace.run(async () => void (now += ms));
    return { pace, slept, piece, advance: (ms: number) => (now += ms) };
  }

  it('makes the next background piece wait so that pieces take at most their share of the time', async () => {
    const { pace, slept, piece } = paced(0.25);
    await pace.ready();
    expect(slept).toEqual([]);
    await piece(10);
    await pace.ready();
    expect(slept).toEqual([30]);
    await piece(2);
    await pace.ready();
    expect(slept).toEqual([30, 6]);
  });

  it('does not wait when the pause already went by, and books the pause of a failed piece too', async () => {
    const { pace, slept, piece, advance } = paced(0.5);
    await piece(8);
    advance(20);
    await pace.ready();
    expect(slept).toEqual([]);
    const failing = pace.run(async () => {
      advance(6);
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    await pace.ready();
    expect(slept).toEqual([6]);
  });

  it('refuses a share outside (0, 1]', () => {
    expect(() => new BackgroundPace(0)).toThrow(RangeError);
    expect(() => new BackgroundPace(1.5)).toThrow(RangeError);
    expect(() => new BackgroundPace(1)).not.toThrow();
  });
});
