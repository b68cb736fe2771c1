import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { DeviceMembership } from '@app/rollout';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { Storage } from '../database/storage.service';
import { allMembers, allTags } from './device-group.repository';

/**
 * Every device's admin-assigned tags and groups, in memory (D6: the poll decides without a database read). This
 * instance reloads them right after its own changes, and every rollout tick for changes made through another
 * instance, so a change reaches every instance's polls within a tick (like the rollout cache). The whole set is
 * reloaded: memberships are few rows per device and change by hand, not per poll.
 */
@Injectable()
export class MembershipCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('memberships');
  private byDevice = new Map<string, DeviceMembership>();
  private queue: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly storage: Storage,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((err: Error) => this.logger.debug({ err: err.message }, 'membership refresh failed; the next tick retries'));
    }, this.config.rollout.tickMs);
    this.timer.unref();
  }

  onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    return this.queue.catch(() => undefined);
  }

  /** The device's tags and groups; undefined when it has none. */
  of(deviceId: string): DeviceMembership | undefined {
    return this.byDevice.get(deviceId);
  }

  /** Reloads; refreshes run one after another and each starts after it was asked for (a caller sees its own commit). */
  refresh(): Promise<void> {
    const next = this.queue.catch(() => undefined).then(() => this.reload());
    this.queue = next;
    return next;
  }

  private async reload(): Promise<void> {
    const [members, tags] = await this.storage.read(async (tx) => [await allMembers(tx), await allTags(tx)] as const);
    const byDevice = new Map<string, { tags: string[]; groups: string[] }>();
    const entry = (id: string) => {
      let e = byDevice.get(id);
      if (!e) byDevice.set(id, (e = { tags: [], groups: [] }));
      return e;
    };
    for (const m of members) entry(m.deviceId).groups.push(m.groupName);
    for (const t of tags) entry(t.deviceId).tags.push(t.tag);
    this.byDevice = byDevice;
  }
}
