import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { SigningKeyEntity } from './signing-key.entity';
import { SigningKeysController } from './signing-keys.controller';
import { SigningKeysService } from './signing-keys.service';

/** D5 accountable signers: release signing keys registered to users; who may upload which signature. */
@Module({
  imports: [TypeOrmModule.forFeature([SigningKeyEntity]), AuditModule, AuthModule],
  controllers: [SigningKeysController],
  providers: [SigningKeysService],
  exports: [SigningKeysService],
})
export class SignersModule {}
