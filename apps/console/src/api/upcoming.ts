import type { StageCounts } from './types';

/**
 * The fleet visibility API (per-rollout devices, device events, counts over time) as the console expects it. The
 * console degrades without it: each section says "not available" when the server answers 404.
 */
export interface RolloutDeviceItem {
  deviceId: string;
  status: string;
  code: string | null;
  message?: string | null;
  stageIndex: number;
  updatedAt: string;
}
export interface RolloutDevicePage {
  items: RolloutDeviceItem[];
  nextCursor: string | null;
}
export interface DeviceEvent {
  at: string;
  rolloutId: string;
  status: string;
  code: string | null;
  message?: string | null;
}
export interface DeviceEventPage {
  items: DeviceEvent[];
  nextCursor: string | null;
}
export interface RolloutHistoryPoint {
  at: string;
  stageIndex: number;
  counts: Partial<StageCounts>;
}
export interface RolloutHistory {
  points: RolloutHistoryPoint[];
}
/** A list item once it carries its counts and decision reason. */
export interface RolloutListExtras {
  counts?: Partial<StageCounts>;
  reason?: string | null;
}
