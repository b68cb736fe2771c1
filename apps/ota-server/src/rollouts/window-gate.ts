import { nextWindowOpen, type MaintenanceWindow } from '@app/rollout';

/** Longest wait told to a device outside its window: it still hears of other rollouts at least daily (D8). */
export const MAX_WINDOW_WAIT_SECONDS = 24 * 3600;

interface RegionState {
  open: boolean;
  /** Epoch ms when this answer stops being true (the window's closing or opening); Infinity = never. */
  until: number;
}

/**
 * The maintenance windows of a rollout's current stage as the poll hot path asks them (D6, D8): the window math
 * runs once per region each time that region's window opens or closes, never per poll.
 */
export class WindowGate {
  private readonly byRegion = new Map<string, RegionState>();

  constructor(readonly windows: readonly MaintenanceWindow[]) {}

  /** 0 when the region may install at `nowMs`, else the whole seconds until its window opens. */
  secondsUntilOpen(region: string | undefined, nowMs: number): number {
    const key = region ?? '';
    let state = this.byRegion.get(key);
    if (state === undefined || nowMs >= state.until) {
      state = stateAt(this.windows, region, nowMs);
      this.byRegion.set(key, state);
    }
    return state.open ? 0 : Math.max(1, Math.ceil((state.until - nowMs) / 1000));
  }
}

function stateAt(windows: readonly MaintenanceWindow[], region: string | undefined, nowMs: number): RegionState {
  const s = nextWindowOpen(windows, region, new Date(nowMs));
  if (s.open) return { open: true, until: s.closesAt?.getTime() ?? Infinity };
  // Validation makes every window open some day; a day's wait is the fallback should none be found.
  return { open: false, until: s.opensAt?.getTime() ?? nowMs + MAX_WINDOW_WAIT_SECONDS * 1000 };
}
