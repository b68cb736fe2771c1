import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AdminAuthGuard } from './admin-auth.guard';
import { AdminTokenEntity } from './admin-token.entity';
import { AdminTokensController } from './admin-tokens.controller';
import { AdminTokensService } from './admin-tokens.service';
import { AdminUserEntity } from './admin-user.entity';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';

/**
 * Admin users, their tokens, and the guard of every admin route (D5). The guard is global: features declare
 * their admin routes (http/admin-route.ts) without importing this module.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AdminUserEntity, AdminTokenEntity]), AuditModule],
  controllers: [AdminUsersController, AdminTokensController],
  providers: [AdminTokensService, AdminUsersService, { provide: APP_GUARD, useClass: AdminAuthGuard }],
  exports: [AdminTokensService, AdminUsersService],
})
export class AuthModule {}
