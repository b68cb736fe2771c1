import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { DeviceRolloutStatus } from '@app/protocol';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { WriteBuffer } from '../database/write-buffer';
import { DeviceRolloutEntity } from './device-rollout.entity';

/**
 * Which device is where in which active rollout, in memory for the poll hot path (D6). Offers made by a poll are
 * buffered and inserted in batches; a status report flushes them first, then writes through (not the hot path).
 */
@Injectable()
export class OfferBook implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('offers');
  private readonly byDevice = new Map<string, Map<string, DeviceRolloutStatus>>();
  private readonly pending = new WriteBuffer<DeviceRolloutEntity>('offer', (rows) => this.insert(rows), this.logger);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onModuleInit(): void {
    this.pending.start(this.config.device.checkinFlushMs);
  }

  onApplicationShutdown(): Promise<void> {
    return this.pending.stop();
  }

  /** Replaces what is known of these rollouts with the database's view. */
  async load(rolloutIds: string[]): Promise<void> {
    await this.flush();
    for (const states of this.byDevice.values()) for (const id of rolloutIds) states.delete(id);
    if (rolloutIds.length === 0) return;
    const rows = await this.db.getRepository(DeviceRolloutEntity).find({ where: { rolloutId: In(rolloutIds) }, select: { rolloutId: true, deviceId: true, status: true } });
    for (const r of rows) this.set(r.rolloutId, r.deviceId, r.status);
  }

  /** Forgets a finished rollout: its devices may be offered the next one. */
  forget(rolloutId: string): void {
    for (const [deviceId, states] of this.byDevice) {
      states.delete(rolloutId);
      if (states.size === 0) this.byDevice.delete(deviceId);
    }
  }

  statesOf(deviceId: string): ReadonlyMap<string, DeviceRolloutStatus> | undefined {
    return this.byDevice.get(deviceId);
  }

  set(rolloutId: string, deviceId: string, status: DeviceRolloutStatus): void {
    let states = this.byDevice.get(deviceId);
    if (!states) this.byDevice.set(deviceId, (states = new Map()));
    states.set(rolloutId, status);
  }

  /** Records an offer in memory now and in the database with the next batch. */
  offer(rolloutId: string, deviceId: string, stageIndex: number): void {
    this.set(rolloutId, deviceId, 'offered');
    const now = this.clock.now().toISOString();
    this.pending.set(`${rolloutId}|${deviceId}`, { rolloutId, deviceId, status: 'offered', code: null, stageIndex, offeredAt: now, updatedAt: now });
  }

  flush(): Promise<void> {
    return this.pending.flush();
  }

  private async insert(rows: DeviceRolloutEntity[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) {
      // An existing row (a report already arrived, or another instance offered first) wins.
      await this.db.createQueryBuilder().insert().into(DeviceRolloutEntity).values(rows.slice(i, i + 200)).orIgnore().execute();
    }
  }
}
