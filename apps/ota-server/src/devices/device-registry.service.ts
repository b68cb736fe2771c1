import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { WriteBuffer } from '../database/write-buffer';
import { DeviceEntity } from './device.entity';
import type { DeviceClaims } from './session-tokens';

interface PendingCheckin {
  id: string;
  lastSeen: string;
  firmwareVersion: string;
}

/**
 * The device registry: registration on first contact (a session, not the hot path) and check-ins buffered and
 * flushed in batches, so a poll never writes to the database synchronously (D6). Polls need no device lookup:
 * the session token carries what the device said of itself, so nothing here grows with the fleet.
 */
@Injectable()
export class DeviceRegistryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('devices');
  private readonly checkins = new WriteBuffer<PendingCheckin>('check-in', (batch) => this.writeBatch(batch), this.logger);

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
    this.checkins.delete(device.id);
  }

  /** Buffers "seen now, running this firmware"; written by the next flush. */
  checkin(device: DeviceClaims): void {
    this.checkins.set(device.id, { id: device.id, lastSeen: this.clock.now().toISOString(), firmwareVersion: device.firmwareVersion });
  }

  /** Writes buffered check-ins now (admin reads want them). */
  flush(): Promise<void> {
    return this.checkins.flush();
  }

  /** One transaction per batch: on sqlite that is one fsync for thousands of check-ins. */
  private async writeBatch(batch: PendingCheckin[]): Promise<void> {
    await this.db.transaction(async (m) => {
      for (const c of batch) await m.getRepository(DeviceEntity).update({ id: c.id }, { lastSeen: c.lastSeen, firmwareVersion: c.firmwareVersion });
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
