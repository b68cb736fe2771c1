import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { HotWrites } from '../database/hot-writes.service';
import { Storage } from '../database/storage.service';
import type { DeviceKey } from '../rollouts/device-state-table';
import { CheckinLog, checkinBatchSize, type CheckinBatch } from './checkin-log';
import { deviceWrites } from './device-write.jobs';
import { DeviceEntity } from './device.entity';
import type { DevicePageDto } from './dto/device.dto';
import { profileKeyOf, type DeviceClaims } from './session-tokens';

/**
 * Check-ins kept for a retry while the database does not take them. Past this, the oldest batches are dropped
 * (a check-in only says "seen at"; the device's next poll says it again), so an outage cannot exhaust memory.
 */
const MAX_RETAINED_CHECKINS = 1_000_000;

/**
 * The device registry (D5, D6): a device is registered and its sightings recorded by check-ins, appended by
 * sessions and polls to an in-memory log and written in batches by the write job (no synchronous write on the
 * hot path, and on sqlite none on the event loop at all). Polls need no device lookup: the session token
 * carries what the device said of itself, so nothing here grows with the fleet.
 */
@Injectable()
export class DeviceRegistryService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('devices');
  private readonly log = new CheckinLog();
  /** Batches whose write failed, oldest first, retried before newer ones. */
  private retained: CheckinBatch[] = [];
  private flushing?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly storage: Storage,
    private readonly hot: HotWrites,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), this.config.device.checkinFlushMs);
    this.timer.unref();
    this.hot.onShutdown(() => this.flush());
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Buffers "seen now, running this firmware": registers a new device and refreshes a known one at the next flush. */
  checkin(device: DeviceClaims, key?: DeviceKey): void {
    this.log.add(device, device.profile ?? profileKeyOf(device), this.clock.nowMs(), key);
  }

  /** Writes buffered check-ins now (admin reads want them); rejects when the database did not take them. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => undefined);
    const batch = this.log.take();
    if (batch) this.retained.push(batch);
    if (this.retained.length === 0) return;
    this.flushing = this.writeRetained().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async writeRetained(): Promise<void> {
    while (this.retained.length > 0) {
      try {
        await this.hot.run(deviceWrites, 'commitCheckins', this.retained[0]);
        this.retained.shift();
      } catch (err) {
        this.dropBeyondBound();
        throw err;
      }
    }
  }

  private dropBeyondBound(): void {
    let total = this.retained.reduce((n, b) => n + checkinBatchSize(b), 0);
    while (total > MAX_RETAINED_CHECKINS && this.retained.length > 1) {
      const dropped = this.retained.shift()!;
      total -= checkinBatchSize(dropped);
      this.logger.warn({ checkins: checkinBatchSize(dropped) }, 'check-ins dropped: the database has not taken them for too long');
    }
  }

  async list(
    filter: { model?: string; channel?: string; region?: string; firmwareVersion?: string },
    page: { offset: number; limit: number },
  ): Promise<DevicePageDto> {
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    const [items, total] = await this.storage.read((m) =>
      m.getRepository(DeviceEntity).findAndCount({ where, order: { id: 'ASC' }, skip: page.offset, take: page.limit }),
    );
    return { total, items };
  }

  async findMany(ids: string[]): Promise<DeviceEntity[]> {
    return ids.length ? this.storage.read((m) => m.getRepository(DeviceEntity).findBy({ id: In(ids) })) : [];
  }
}
