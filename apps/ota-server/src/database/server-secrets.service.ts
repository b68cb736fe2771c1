import { Inject, Injectable } from '@nestjs/common';
import { RANDOM, Random } from '../random/random';
import { findSecret, insertSecretOnce } from './server-secret.repository';
import { Storage } from './storage.service';

/** Secrets shared by every instance, created by whichever instance starts first. */
@Injectable()
export class ServerSecretsService {
  constructor(
    private readonly storage: Storage,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async getOrCreate(name: string): Promise<Buffer> {
    const existing = await this.storage.read((tx) => findSecret(tx, name));
    if (existing) return Buffer.from(existing, 'hex');
    // Two instances may race here; the loser's insert is ignored and both read the winner's value.
    const stored = await this.storage.write('server secret', (tx) => insertSecretOnce(tx, name, this.random.hex(32)));
    return Buffer.from(stored, 'hex');
  }
}
