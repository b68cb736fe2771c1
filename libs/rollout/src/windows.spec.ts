import { nextWindowOpen, validateWindows, type MaintenanceWindow } from './windows';
import { validateStagePlan } from './plan';

const at = (iso: string) => new Date(iso);
const iso = (d: Date | undefined) => d?.toISOString();

describe('nextWindowOpen', () => {
  const shanghaiNights: MaintenanceWindow = {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    from: '22:00',
    to: '04:00',
    timeZone: 'Asia/Shanghai',
    regions: ['cn'],
  };
  const anyRegion: MaintenanceWindow = { days: ['sat', 'sun'], from: '01:00', to: '05:00', timeZone: 'UTC' };

  it('is open with no end when no window governs the region', () => {
    expect(nextWindowOpen(undefined, 'cn', at('2026-01-05T12:00:00Z'))).toEqual({ open: true });
    expect(nextWindowOpen([shanghaiNights], 'us', at('2026-01-05T12:00:00Z'))).toEqual({ open: true });
  });

  it('crosses midnight: opens on a named day at 22:00 local and closes the next morning at 04:00', () => {
    // Monday 2026-01-05 12:00 UTC is 20:00 in Shanghai: closed until 22:00 local (14:00 UTC).
    const before = nextWindowOpen([shanghaiNights], 'cn', at('2026-01-05T12:00:00Z'));
    expect(before.open).toBe(false);
    expect(iso(before.opensAt)).toBe('2026-01-05T14:00:00.000Z');
    // Tuesday 02:00 local (Monday 18:00 UTC): inside Monday's window, which closes at 04:00 local.
    const inside = nextWindowOpen([shanghaiNights], 'cn', at('2026-01-05T18:00:00Z'));
    expect(inside).toEqual({ open: true, closesAt: at('2026-01-05T20:00:00Z') });
  });

  it("a window opened on Friday night runs into Saturday; Saturday's own night is not a window", () => {
    // Saturday 03:00 local = Friday 19:00 UTC: Friday's window is still open.
    expect(nextWindowOpen([shanghaiNights], 'cn', at('2026-01-09T19:00:00Z')).open).toBe(true);
    // Saturday 05:00 local: next opening is Monday 22:00 local = Monday 14:00 UTC.
    const weekend = nextWindowOpen([shanghaiNights], 'cn', at('2026-01-09T21:00:00Z'));
    expect(weekend).toEqual({ open: false, opensAt: at('2026-01-12T14:00:00Z') });
  });

  it('a window without regions governs the regions no window names', () => {
    const windows = [shanghaiNights, anyRegion];
    expect(iso(nextWindowOpen(windows, 'eu', at('2026-01-05T12:00:00Z')).opensAt)).toBe('2026-01-10T01:00:00.000Z');
    expect(iso(nextWindowOpen(windows, 'cn', at('2026-01-05T12:00:00Z')).opensAt)).toBe('2026-01-05T14:00:00.000Z');
    expect(iso(nextWindowOpen(windows, undefined, at('2026-01-05T12:00:00Z')).opensAt)).toBe('2026-01-10T01:00:00.000Z');
  });

  it('chains touching windows into one opening', () => {
    const a: MaintenanceWindow = { days: ['mon'], from: '20:00', to: '22:00', timeZone: 'UTC' };
    const b: MaintenanceWindow = { days: ['mon'], from: '22:00', to: '02:00', timeZone: 'UTC' };
    expect(nextWindowOpen([a, b], 'x', at('2026-01-05T21:00:00Z'))).toEqual({ open: true, closesAt: at('2026-01-06T02:00:00Z') });
  });

  describe('across DST changes (Europe/Berlin: +1 in winter, +2 in summer)', () => {
    const nightly: MaintenanceWindow = { days: ['sun'], from: '01:00', to: '05:00', timeZone: 'Europe/Berlin' };

    it('spring forward: a Sunday 01:00-05:00 window lasts three real hours', () => {
      // 2026-03-29: 02:00 CET jumps to 03:00 CEST. 01:00 CET = 00:00Z; 05:00 CEST = 03:00Z.
      const s = nextWindowOpen([nightly], 'de', at('2026-03-28T12:00:00Z'));
      expect(s).toEqual({ open: false, opensAt: at('2026-03-29T00:00:00Z') });
      expect(nextWindowOpen([nightly], 'de', at('2026-03-29T01:30:00Z'))).toEqual({ open: true, closesAt: at('2026-03-29T03:00:00Z') });
    });

    it('fall back: the same window lasts five real hours', () => {
      // 2026-10-25: 03:00 CEST falls back to 02:00 CET. 01:00 CEST = 23:00Z the day before; 05:00 CET = 04:00Z.
      const s = nextWindowOpen([nightly], 'de', at('2026-10-24T12:00:00Z'));
      expect(s).toEqual({ open: false, opensAt: at('2026-10-24T23:00:00Z') });
      expect(nextWindowOpen([nightly], 'de', at('2026-10-25T03:30:00Z'))).toEqual({ open: true, closesAt: at('2026-10-25T04:00:00Z') });
    });

    it('a start in the skipped hour moves forward by the gap', () => {
      const w: MaintenanceWindow = { days: ['sun'], from: '02:30', to: '06:00', timeZone: 'Europe/Berlin' };
      // 02:30 does not exist on 2026-03-29; it opens at 03:30 CEST = 01:30Z.
      expect(nextWindowOpen([w], 'de', at('2026-03-29T00:00:00Z')).opensAt).toEqual(at('2026-03-29T01:30:00Z'));
    });

    it('a start in the repeated hour is its first occurrence (New York, 2026-11-01)', () => {
      const w: MaintenanceWindow = { days: ['sun'], from: '01:30', to: '03:00', timeZone: 'America/New_York' };
      // 01:30 EDT = 05:30Z (01:30 EST would be 06:30Z).
      expect(nextWindowOpen([w], 'us', at('2026-11-01T00:00:00Z')).opensAt).toEqual(at('2026-11-01T05:30:00Z'));
    });
  });
});

describe('validateWindows', () => {
  it('names each bad field', () => {
    const errors = validateWindows(
      [
        { days: [], from: '22:00', to: '04:00', timeZone: 'Asia/Shanghai' },
        { days: ['mon'], from: '25:00', to: '4:00', timeZone: 'Mars/Olympus' },
        { days: ['funday'], from: '01:00', to: '01:00', timeZone: 'UTC', regions: [] },
      ],
      'stages.0.windows',
    ).map((e) => e.path);
    expect(errors).toEqual([
      'stages.0.windows.0.days',
      'stages.0.windows.1.from',
      'stages.0.windows.1.to',
      'stages.0.windows.1.timeZone',
      'stages.0.windows.2.days',
      'stages.0.windows.2.to',
      'stages.0.windows.2.regions',
    ]);
  });

  it('is part of the stage plan', () => {
    const stages = [{ percent: 10, soakSeconds: 0, windows: [{ days: ['mon'], from: '01:00', to: '02:00', timeZone: 'Nowhere/Zone' }] }];
    expect(validateStagePlan(stages).map((e) => e.path)).toEqual(['stages.0.windows.0.timeZone']);
    stages[0].windows[0].timeZone = 'Asia/Shanghai';
    expect(validateStagePlan(stages)).toEqual([]);
  });
});
