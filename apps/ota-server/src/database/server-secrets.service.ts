import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ServerSecretEntity } from './server-secret.entity';
import { Storage } from './storage.service';

/** Secrets shared by every instance, created by whichever instance starts first. */
@Injectable()
export class ServerSecretsService {
  constructor(private readonly storage: Storage) {}

  async getOrCreate(name: string): Promise<Buffer> {
    const existing = await this.storage.read((m) => m.getRepository(ServerSecretEntity).findOneBy({ name }));
    if (existing) return Buffer.from(existing.value, 'hex');
    // Two instances may race here; the loser's insert is ignored and both read the winner's value.
    const stored = await this.storage.write('server secret', async (m) => {
      const repo = m.getRepository(ServerSecretEntity);
      await repo
        .createQueryBuilder()
        .insert()
        .values({ name, value: randomBytes(32).toString('hex') })
        .orIgnore()
        .execute();
      return repo.findOneByOrFail({ name });
    });
    return Buffer.from(stored.value, 'hex');
  }
}
