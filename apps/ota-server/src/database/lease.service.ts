import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../clock/clock';
import { RANDOM, Random } from '../random/random';
import { takeLease } from './lease.repository';
import { Storage } from './storage.service';

/**
 * Named leases in the database (D6): the instance holding a lease runs the periodic job; another takes over
 * when it expires.
 */
@Injectable()
export class LeaseService {
  readonly holder: string;

  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) random: Random,
  ) {
    this.holder = random.uuid();
  }

  async acquire(name: string, ttlMs: number): Promise<boolean> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    return this.storage.write('lease', (tx) => takeLease(tx, name, this.holder, now.toISOString(), expiresAt));
  }
}
