import { Injectable } from '@nestjs/common';
import type { DeviceRolloutStatus } from '@app/protocol';
import { sqlTxOf } from '../database/sql-tx';
import { Storage } from '../database/storage.service';
import { notFound } from '../http/api-error';
import { eventsOfDevice } from '../rollouts/device-event.repository';
import { rolloutDevices, rolloutDevicesInStatus, type RolloutDeviceRow } from '../rollouts/device-rollout-list.repository';
import { DeviceStateWriter } from '../rollouts/device-state-writer.service';
import { RolloutProgressService } from '../rollouts/rollout-progress.service';
import { findRollout } from '../rollouts/rollout.repository';
import type { DeviceEventPageDto, RolloutDevicePageDto, RolloutHistoryDto } from './dto/fleet.dto';
import { decodeCursor, encodeCursor } from './fleet-cursor';

/** Statuses that carry a code: `?code=` alone looks among these (a code never sits on another status). */
const STATUSES_WITH_CODE: DeviceRolloutStatus[] = ['failed', 'rolled-back', 'cancelled'];

const isDeviceId = (s: string) => /^[0-9a-f]{64}$/.test(s);
const isEventId = (s: string) => /^[0-9]{1,18}$/.test(s);

export interface RolloutDeviceQuery {
  status?: DeviceRolloutStatus[];
  code?: string;
  limit: number;
  cursor?: string;
}

/** A release engineer's search of the fleet (D9): which devices of a rollout are where, and what each went through. */
@Injectable()
export class RolloutDevicesService {
  constructor(
    private readonly storage: Storage,
    private readonly writer: DeviceStateWriter,
    private readonly progress: RolloutProgressService,
  ) {}

  /**
   * A rollout's devices in device id order, filtered by status and code, a page after the cursor. Each status
   * is one index range read after the cursor (a page's worth each); the pages merge by device id, so a device
   * shows exactly once across pages however the statuses change meanwhile (a device that moves between two
   * filtered statuses after its page was read may be missed or seen again: the list is live).
   */
  async devices(rolloutId: string, q: RolloutDeviceQuery): Promise<RolloutDevicePageDto> {
    await this.writer.flushOffers();
    const after = decodeCursor('d', q.cursor, isDeviceId) ?? '';
    const statuses = q.status ?? (q.code === undefined ? undefined : STATUSES_WITH_CODE);
    const rows = await this.storage.read(async (m) => {
      const tx = sqlTxOf(m);
      if (!(await findRollout(m, rolloutId))) throw notFound(`rollout ${rolloutId}`);
      const page = { afterDeviceId: after, limit: q.limit + 1 };
      if (!statuses) return rolloutDevices(tx, rolloutId, page);
      const parts: RolloutDeviceRow[] = [];
      for (const status of new Set(statuses))
        parts.push(...(await rolloutDevicesInStatus(tx, rolloutId, status, { ...page, ...(q.code === undefined ? {} : { code: q.code }) })));
      return parts.sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0)).slice(0, q.limit + 1);
    });
    const items = rows.slice(0, q.limit);
    const more = rows.length > q.limit;
    return { items, nextCursor: more ? encodeCursor('d', items[items.length - 1].deviceId) : null };
  }

  /** A device's status transitions, oldest first. */
  async events(deviceId: string, q: { limit: number; cursor?: string }): Promise<DeviceEventPageDto> {
    await this.writer.flushOffers();
    const after = Number(decodeCursor('e', q.cursor, isEventId) ?? 0);
    const rows = await this.storage.read((m) => eventsOfDevice(sqlTxOf(m), deviceId, after, q.limit + 1));
    const items = rows.slice(0, q.limit);
    return {
      items: items.map(({ at, rolloutId, status, code, message }) => ({ at, rolloutId, status, code, message })),
      nextCursor: rows.length > q.limit ? encodeCursor('e', String(items[items.length - 1].id)) : null,
    };
  }

  async history(rolloutId: string): Promise<RolloutHistoryDto> {
    if (!(await this.storage.read((m) => findRollout(m, rolloutId)))) throw notFound(`rollout ${rolloutId}`);
    return { points: await this.progress.points(rolloutId) };
  }
}
