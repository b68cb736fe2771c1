import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ServerConfig } from '../config/server.config';
import { dataSourceOptions } from './data-source';
import { HotWrites } from './hot-writes.service';
import { LeaseEntity } from './lease.entity';
import { LeaseService } from './lease.service';
import { ServerSecretEntity } from './server-secret.entity';
import { ServerSecretsService } from './server-secrets.service';
import { StorageHealth } from './storage-health';
import { Storage } from './storage.service';

/**
 * The database (D6): the connection with its migrations, the main connection's transactions (Storage), the hot
 * path's write jobs (HotWrites), leases and shared secrets. Every feature writes through it, so it is global;
 * features register their own entities (`TypeOrmModule.forFeature`), and it imports none of them.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(config: ServerConfig): DynamicModule {
    const providers = [StorageHealth, Storage, HotWrites, LeaseService, ServerSecretsService];
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(config), autoLoadEntities: true }), TypeOrmModule.forFeature([LeaseEntity, ServerSecretEntity])],
      providers,
      exports: providers,
    };
  }
}
