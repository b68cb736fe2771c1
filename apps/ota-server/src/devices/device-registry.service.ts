import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { param } from '../database/sql';
import { WriteBuffer } from '../database/write-buffer';
import { DeviceEntity } from './device.entity';
import type { DeviceKey } from '../rollouts/device-state-table';
import { CheckinLog, type Checkin } from './checkin-log';
import { profileKeyOf, type DeviceClaims } from './session-tokens';


/**
 * Rows per statement. On sqlite each statement runs synchronously: at a million devices a 500-row upsert held
 * the event loop ~25 ms (rows spread over the whole table), 100 rows ~5 ms, with the same CPU in all.
 */
const CHECKIN_CHUNK = 100;

/**
 * The device registry: registration on first contact (a session, not the hot path) and check-ins buffered and
 * flushed in batches, so a poll never writes to the database synchronously (D6). Polls need no device lookup:
 * the session token carries what the device said of itself, so nothing here grows with the fleet.
 */
@Injectable()
export class DeviceRegistryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('devices');
  /** Appended by polls; moved into `checkins` (one row per device) when a flush starts. */
  private readonly log = new CheckinLog();
  private readonly checkins = new WriteBuffer<Checkin>('check-in', (batch) => this.writeBatch(batch), this.logger, () => {
    for (const c of this.log.drain()) this.checkins.set(c.id, c);
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    this.checkins.start(this.config.device.checkinFlushMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.checkins.stop();
  }

  /** First contact registers the device under its fingerprint; later sessions refresh what it reports. */
  async register(device: DeviceClaims): Promise<void> {
    const now = this.clock.now().toISOString();
    await this.db
      .getRepository(DeviceEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...device, firstSeen: now, lastSeen: now })
      .orUpdate(['model', 'firmware_version', 'channel', 'region', 'last_seen'], ['id'])
      .execute();
  }

  /** Buffers "seen now, running this firmware"; written by the next flush. */
  checkin(device: DeviceClaims, key?: DeviceKey): void {
    this.log.add(device, device.profile ?? profileKeyOf(device), this.clock.nowMs(), key);
  }

  /** Writes buffered check-ins now (admin reads want them). */
  flush(): Promise<void> {
    return this.checkins.flush();
  }

  /**
   * One transaction per batch (on sqlite, one fsync for thousands of check-ins) and one multi-row upsert per
   * chunk: at bench load a statement per device cost more CPU than the polls themselves. The token's
   * claims make every row complete, so a device whose row is missing (restored database) is registered again.
   * The newest sighting wins: a check-in older than the row (a session opened since, here or on another
   * instance) changes nothing.
   */
  private async writeBatch(batch: Checkin[]): Promise<void> {
    await this.db.transaction(async (m) => {
      for (let i = 0; i < batch.length; i += CHECKIN_CHUNK) {
        const chunk = batch.slice(i, i + CHECKIN_CHUNK);
        const values = chunk.map((_, r) => `(${[1, 2, 3, 4, 5, 6, 7].map((c) => param(m, r * 7 + c)).join(', ')})`).join(', ');
        await m.query(
          `INSERT INTO device (id, model, firmware_version, channel, region, first_seen, last_seen) VALUES ${values} ` +
            'ON CONFLICT (id) DO UPDATE SET firmware_version = excluded.firmware_version, last_seen = excluded.last_seen WHERE device.last_seen <= excluded.last_seen',
          chunk.flatMap((c) => {
            const seen = new Date(c.seenAt).toISOString();
            return [c.id, c.model, c.firmwareVersion, c.channel, c.region, seen, seen];
          }),
        );
      }
    });
  }

  async list(filter: { model?: string; channel?: string; region?: string; firmwareVersion?: string }, page: { offset: number; limit: number }) {
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined));
    const [items, total] = await this.db.getRepository(DeviceEntity).findAndCount({ where, order: { id: 'ASC' }, skip: page.offset, take: page.limit });
    return { total, items };
  }

  async findMany(ids: string[]): Promise<DeviceEntity[]> {
    return ids.length ? this.db.getRepository(DeviceEntity).findBy({ id: In(ids) }) : [];
  }
}
