import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiErrors, ApiZodResponse } from '../http/openapi';
import { AdminRoute, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { AuditService } from './audit.service';
import { auditEntrySchema, auditVerificationSchema, type AuditEntryDto, type AuditVerificationDto } from './dto/audit-entry.dto';

const listQuery = z.strictObject({
  // Sequence numbers are 32-bit integers in the database (PostgreSQL `integer`).
  after: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

@ApiTags('admin: audit')
@AdminRoute()
@Roles('viewer')
@Controller('admin/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'List audit entries in order, after a sequence number' })
  @ApiQuery({ name: 'after', required: false, type: Number })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiZodResponse(200, z.array(auditEntrySchema), 'up to `limit` entries with seq > `after`, in order')
  @ApiErrors(400)
  list(@Query(new ZodPipe(listQuery)) q: z.infer<typeof listQuery>): Promise<AuditEntryDto[]> {
    return this.audit.list(q.after, q.limit);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Recompute the hash chain; names the first entry that does not match' })
  @ApiZodResponse(200, auditVerificationSchema, 'whether the chain holds; where it breaks when not')
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
