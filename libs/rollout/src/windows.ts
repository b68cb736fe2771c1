import type { FieldError } from '@app/protocol';
import { describeValue } from './errors';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A maintenance window of a stage (D8): on each of `days`, from `from` to `to` local time in `timeZone` (IANA).
 * `to` at or before `from` crosses midnight (22:00-04:00 opens on the named day and closes the next morning).
 * `regions` names the device regions it governs; a window without `regions` governs every region that no other
 * window of the stage names. A region governed by no window is never held (no windows = always open).
 * A local time that does not exist (in the hour skipped by a DST change) moves forward by the gap (02:30 becomes
 * 03:30); an ambiguous one (in the repeated hour) is its first occurrence.
 */
export interface MaintenanceWindow {
  days: Weekday[];
  from: string;
  to: string;
  timeZone: string;
  regions?: string[];
}

export interface WindowState {
  open: boolean;
  /** When closed: the next opening (absent when no window can ever open, which validation prevents). */
  opensAt?: Date;
  /** When open: the end of the current opening (overlapping or touching windows are one opening). */
  closesAt?: Date;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WINDOW_KEYS = ['days', 'from', 'to', 'timeZone', 'regions'];

/** Every problem of a stage's window list at once (paths such as `stages.0.windows.1.timeZone`). */
export function validateWindows(windows: unknown, path: string): FieldError[] {
  if (windows === undefined) return [];
  if (!Array.isArray(windows)) return [{ path, message: `expected an array of windows, got ${describeValue(windows)}` }];
  const errors: FieldError[] = [];
  windows.forEach((w: unknown, i) => {
    const at = `${path}.${i}`;
    if (typeof w !== 'object' || w === null || Array.isArray(w)) {
      errors.push({ path: at, message: `expected an object, got ${describeValue(w)}` });
      return;
    }
    const f = w as Record<string, unknown>;
    for (const key of Object.keys(f))
      if (!WINDOW_KEYS.includes(key)) errors.push({ path: `${at}.${key}`, message: `unknown field; expected one of ${WINDOW_KEYS.join(', ')}` });
    const days = f.days;
    if (!Array.isArray(days) || days.length === 0 || !days.every((d) => (WEEKDAYS as readonly unknown[]).includes(d))) {
      errors.push({ path: `${at}.days`, message: `expected a non-empty list of ${WEEKDAYS.join(', ')}, got ${describeValue(days)}` });
    }
    for (const key of ['from', 'to'] as const) {
      if (typeof f[key] !== 'string' || !HHMM.test(f[key]))
        errors.push({ path: `${at}.${key}`, message: `expected a local time HH:MM (00:00-23:59), got ${describeValue(f[key])}` });
    }
    if (typeof f.from === 'string' && f.from === f.to) errors.push({ path: `${at}.to`, message: 'a window must not end when it starts' });
    if (typeof f.timeZone !== 'string' || !isTimeZone(f.timeZone))
      errors.push({ path: `${at}.timeZone`, message: `expected an IANA time zone such as "Asia/Shanghai", got ${describeValue(f.timeZone)}` });
    const regions = f.regions;
    if (regions !== undefined && (!Array.isArray(regions) || regions.length === 0 || !regions.every((r) => typeof r === 'string' && r.length > 0))) {
      errors.push({ path: `${at}.regions`, message: `expected a non-empty list of region names, got ${describeValue(regions)}` });
    }
  });
  return errors;
}

export function isTimeZone(zone: string): boolean {
  try {
    formatterOf(zone);
    return true;
  } catch {
    return false;
  }
}

/** The windows that govern `region`: those naming it, else those naming no region (see `MaintenanceWindow`). */
export function windowsFor(windows: readonly MaintenanceWindow[], region: string | undefined): MaintenanceWindow[] {
  const named = windows.filter((w) => region !== undefined && w.regions?.includes(region));
  return named.length > 0 ? named : windows.filter((w) => w.regions === undefined);
}

/** Whether `region` may install at `now`, and when that changes. No governing window = open with no end. */
export function nextWindowOpen(windows: readonly MaintenanceWindow[] | undefined, region: string | undefined, now: Date): WindowState {
  const governing = windowsFor(windows ?? [], region);
  if (governing.length === 0) return { open: true };
  const t = now.getTime();
  const spans = governing.flatMap((w) => spansAround(w, now)).sort((a, b) => a[0] - b[0]);
  const current = spans.find(([start, end]) => start <= t && t < end);
  if (current === undefined) {
    const next = spans.find(([start]) => start > t);
    return next ? { open: false, opensAt: new Date(next[0]) } : { open: false };
  }
  // Chain overlapping or touching openings, so a device is not sent away at a seam between two windows.
  let end = current[1];
  for (const [s, e] of spans) if (s <= end && e > end) end = e;
  return { open: true, closesAt: new Date(end) };
}

/** The window's openings [start, end) (epoch ms) that start from the day before `now` to eight days after. */
function spansAround(w: MaintenanceWindow, now: Date): [number, number][] {
  const local = localParts(now, w.timeZone);
  const [fh, fm] = w.from.split(':').map(Number);
  const [th, tm] = w.to.split(':').map(Number);
  const crosses = th * 60 + tm <= fh * 60 + fm;
  const spans: [number, number][] = [];
  for (let d = -1; d <= 8; d += 1) {
    const day = new Date(Date.UTC(local.year, local.month - 1, local.day + d));
    if (!w.days.includes(WEEKDAYS[day.getUTCDay()])) continue;
    const [y, m, dd] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const start = zonedToUtc(y, m, dd, fh, fm, w.timeZone);
    const end = zonedToUtc(y, m, dd + (crosses ? 1 : 0), th, tm, w.timeZone);
    spans.push([start, end]);
  }
  return spans;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(at: Date, zone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatterOf(zone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** The zone's offset from UTC at instant `t` (ms). */
function offsetAt(t: number, zone: string): number {
  const p = localParts(new Date(t), zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
}

/** The instant of a local wall time in `zone` (day may overflow the month; Date.UTC normalises it). */
function zonedToUtc(y: number, m: number, d: number, h: number, min: number, zone: string): number {
  const wall = Date.UTC(y, m - 1, d, h, min);
  // The offsets half a day either side bracket any DST change near this wall time.
  const before = wall - offsetAt(wall - HALF_DAY_MS, zone);
  const after = wall - offsetAt(wall + HALF_DAY_MS, zone);
  const valid = [before, after].filter((t) => t + offsetAt(t, zone) === wall);
  // None valid: the wall time is in a gap; the offset before the change moves it forward by the gap's length.
  return valid.length > 0 ? Math.min(...valid) : before;
}

const HALF_DAY_MS = 12 * 3600 * 1000;
