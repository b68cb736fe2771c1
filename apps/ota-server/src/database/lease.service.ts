import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CLOCK, Clock } from '../clock/clock';
import { LeaseEntity } from './lease.entity';
import { Storage } from './storage.service';

/**
 * Named leases in the database (D6): the instance holding a lease runs the periodic job; another takes over
 * when it expires. Taking a lease is one conditional UPDATE, so two instances never both hold it.
 */
@Injectable()
export class LeaseService {
  readonly holder = randomUUID();

  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async acquire(name: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    return this.storage.write('lease', async (m) => {
      const repo = m.getRepository(LeaseEntity);
      await repo
        .createQueryBuilder()
        .insert()
        .values({ name, holder: '', expiresAt: new Date(0).toISOString() })
        .orIgnore()
        .execute();
      const result = await repo
        .createQueryBuilder()
        .update()
        .set({ holder: this.holder, expiresAt })
        .where('name = :name AND (holder = :me OR expires_at < :now)', { name, me: this.holder, now: now.toISOString() })
        .execute();
      return result.affected === 1;
    });
  }
}
