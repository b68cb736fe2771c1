import { Module } from '@nestjs/common';
import * as path from 'node:path';
import { AuditModule } from '../audit/audit.module';
import { SERVER_CONFIG, type ServerConfig } from '../config/server.config';
import { FsImageStore, IMAGE_STORE } from './image-store';
import { ImagesAdminController } from './images-admin.controller';
import { ImagesService } from './images.service';

/** Firmware images (D8): uploads stored by hash under DATA_DIR/images; releases check and TUF serves them. */
@Module({
  imports: [AuditModule],
  controllers: [ImagesAdminController],
  providers: [
    ImagesService,
    { provide: IMAGE_STORE, inject: [SERVER_CONFIG], useFactory: (config: ServerConfig) => new FsImageStore(path.join(config.dataDir, 'images')) },
  ],
  exports: [ImagesService, IMAGE_STORE],
})
export class ImagesModule {}
