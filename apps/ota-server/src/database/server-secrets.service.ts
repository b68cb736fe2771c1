import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ServerSecretEntity } from './server-secret.entity';

/** Secrets shared by every instance, created by whichever instance starts first. */
@Injectable()
export class ServerSecretsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async getOrCreate(name: string): Promise<Buffer> {
    const repo = this.db.getRepository(ServerSecretEntity);
    const existing = await repo.findOneBy({ name });
    if (existing) return Buffer.from(existing.value, 'hex');
    // Two instances may race here; the loser's insert is ignored and both read the winner's value.
    await repo.createQueryBuilder().insert().values({ name, value: randomBytes(32).toString('hex') }).orIgnore().execute();
    const stored = await repo.findOneByOrFail({ name });
    return Buffer.from(stored.value, 'hex');
  }
}
