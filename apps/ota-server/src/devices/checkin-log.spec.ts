import { randomBytes } from 'node:crypto';
import { CheckinLog } from './checkin-log';
import { profileKeyOf, sameText } from './session-tokens';

const anId = () => randomBytes(32).toString('hex');
const device = (id: string, firmwareVersion = '5.8.0', model = 'mi-4') => ({ id, model, firmwareVersion, channel: 'stable', region: 'sg' });

describe('CheckinLog', () => {
  it('keeps the latest check-in per device, with its own profile, and starts over after a drain', () => {
    const log = new CheckinLog();
    const ids = Array.from({ length: 3000 }, anId);
    const expected = new Map<string, { firmwareVersion: string; seenAt: number }>();
    for (let round = 0; round < 4; round += 1) {
      ids.forEach((id, i) => {
        if ((i + round) % 3 === 0) return;
        const d = device(id, `5.${round}.${i % 4}`);
        const seenAt = 1_000_000 + round * 10_000 + i;
        log.add(d, profileKeyOf(d), seenAt);
        expected.set(id, { firmwareVersion: d.firmwareVersion, seenAt });
      });
    }
    const drained = log.drain();
    expect(drained).toHaveLength(expected.size);
    for (const c of drained) expect({ firmwareVersion: c.firmwareVersion, seenAt: c.seenAt }).toEqual(expected.get(c.id));
    expect(drained.every((c) => c.model === 'mi-4' && c.channel === 'stable' && c.region === 'sg')).toBe(true);
    expect(log.size).toBe(0);
    expect(log.drain()).toEqual([]);
    const d = device(ids[0], '9.9.9', 'mi-5');
    log.add(d, profileKeyOf(d), 5);
    expect(log.drain()).toEqual([{ ...d, seenAt: 5 }]);
  });

  it('keeps ids that are not 64 hex digits as they are', () => {
    const log = new CheckinLog();
    log.add(device('device-A'), 'k', 1);
    log.add(device('device-A', '5.9.0'), 'k2', 2);
    log.add(device('AB'.repeat(32)), 'k', 3);
    expect(log.drain().sort((a, b) => a.seenAt - b.seenAt)).toEqual([
      { ...device('device-A', '5.9.0'), seenAt: 2 },
      { ...device('AB'.repeat(32)), seenAt: 3 },
    ]);
  });
});

describe('sameText', () => {
  it('compares a suffix of a string with another string', () => {
    expect(sameText('payload.abc', 8, 'abc')).toBe(true);
    expect(sameText('payload.abd', 8, 'abc')).toBe(false);
    expect(sameText('payload.abcd', 8, 'abc')).toBe(false);
    expect(sameText('payload.ab', 8, 'abc')).toBe(false);
    expect(sameText('x.', 2, '')).toBe(true);
  });
});
