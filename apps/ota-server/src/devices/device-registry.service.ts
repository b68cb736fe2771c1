import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { DeviceEntity } from './device.entity';

/** What the hot path needs to know about a device; held in memory (D6). */
export interface DeviceInfo {
  id: string;
  model: string;
  firmwareVersion: string;
  channel: string;
  region: string;
}

interface PendingCheckin {
  lastSeen: string;
  firmwareVersion: string;
}

/**
 * The device registry: registration on first contact (a session, not the hot path), an in-memory cache for
 * polls, and buffered check-ins flushed in batches so a poll never writes to the database synchronously (D6).
 */
@Injectable()
export class DeviceRegistryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('devices');
  private readonly cache = new Map<string, DeviceInfo>();
  private pending = new Map<string, PendingCheckin>();
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), this.config.device.checkinFlushMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** First contact registers the device under its fingerprint; later sessions refresh what it reports. */
  async register(info: DeviceInfo): Promise<DeviceInfo> {
    const now = this.clock.now().toISOString();
    const repo = this.db.getRepository(DeviceEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ ...info, firstSeen: now, lastSeen: now })
      .orUpdate(['model', 'firmware_version', 'channel', 'region', 'last_seen'], ['id'])
      .execute();
    this.cache.set(info.id, { ...info });
    this.pending.delete(info.id);
    return info;
  }

  /** The hot path's read: memory first, one indexed read on a miss (another instance registered it). */
  async get(id: string): Promise<DeviceInfo | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.db.getRepository(DeviceEntity).findOneBy({ id });
    if (!row) return undefined;
    const info: DeviceInfo = { id: row.id, model: row.model, firmwareVersion: row.firmwareVersion, channel: row.channel, region: row.region };
    this.cache.set(id, info);
    return info;
  }

  /** Buffers "seen now, running this firmware"; written by the next flush. */
  checkin(device: DeviceInfo, firmwareVersion?: string): void {
    if (firmwareVersion && firmwareVersion !== device.firmwareVersion) device.firmwareVersion = firmwareVersion;
    this.pending.set(device.id, { lastSeen: this.clock.now().toISOString(), firmwareVersion: device.firmwareVersion });
  }

  /** Writes buffered check-ins in one transaction; one flush at a time. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.writeBatch(batch)
      .catch((err: Error) => {
        // Keep the batch for the next flush rather than lose check-ins; newer entries win.
        for (const [id, c] of batch) if (!this.pending.has(id)) this.pending.set(id, c);
        this.logger.warn({ err: err.message, devices: batch.size }, 'check-in flush failed; will retry');
      })
      .finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async writeBatch(batch: Map<string, PendingCheckin>): Promise<void> {
    await this.db.transaction(async (m) => {
      for (const [id, c] of batch) {
        await m.getRepository(DeviceEntity).update({ id }, { lastSeen: c.lastSeen, firmwareVersion: c.firmwareVersion });
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
