import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { textField } from '@app/protocol';
import { ApiErrors, ApiTextResponse, ApiZodResponse } from '../http/openapi';
import { AdminRoute, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { AUDIT_EXPORT_FORMATS, EXPORT_CONTENT_TYPE, auditExportStream } from './audit-export';
import type { AuditFilter } from './audit-entry.repository';
import { AuditService } from './audit.service';
import { auditEntrySchema, auditVerificationSchema, type AuditEntryDto, type AuditVerificationDto } from './dto/audit-entry.dto';

const isoTime = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 time, e.g. 2026-01-10T00:00:00Z' }).transform((s) => new Date(s).toISOString());
const filterFields = {
  // Sequence numbers are 32-bit integers in the database (PostgreSQL `integer`).
  after: z.coerce.number().int().min(0).max(2_147_483_647).default(0),
  actor: textField(64).optional(),
  action: textField(64).optional(),
  target: textField(200).optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
};
const listQuery = z.strictObject({ ...filterFields, limit: z.coerce.number().int().min(1).max(1000).default(100) });
const exportQuery = z.strictObject({ ...filterFields, format: z.enum(AUDIT_EXPORT_FORMATS).default('ndjson') });

const filterOf = (q: { actor?: string; action?: string; target?: string; from?: string; to?: string }): AuditFilter => {
  const { actor, action, target, from, to } = q;
  return Object.fromEntries(Object.entries({ actor, action, target, from, to }).filter(([, v]) => v !== undefined));
};

const FILTER_QUERIES = [
  ApiQuery({ name: 'after', required: false, type: Number, description: 'entries with seq > after' }),
  ApiQuery({ name: 'actor', required: false, type: String, description: 'the user name (or `system`)' }),
  ApiQuery({ name: 'action', required: false, type: String, description: 'e.g. `rollout.halt`' }),
  ApiQuery({ name: 'target', required: false, type: String, description: 'e.g. `rollout:<id>`' }),
  ApiQuery({ name: 'from', required: false, type: String, description: 'ISO 8601 time, inclusive' }),
  ApiQuery({ name: 'to', required: false, type: String, description: 'ISO 8601 time, exclusive' }),
];
const applyAll =
  (decorators: MethodDecorator[]): MethodDecorator =>
  (target, key, descriptor) => {
    for (const d of decorators) d(target, key, descriptor);
  };

@ApiTags('admin: audit')
@AdminRoute()
@Roles('viewer')
@Controller('admin/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'List audit entries in order, after a sequence number, filtered by actor, action, target and time' })
  @applyAll(FILTER_QUERIES)
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiZodResponse(200, z.array(auditEntrySchema), 'up to `limit` matching entries with seq > `after`, in order')
  @ApiErrors(400)
  list(@Query(new ZodPipe(listQuery)) q: z.infer<typeof listQuery>): Promise<AuditEntryDto[]> {
    return this.audit.list(q.after, q.limit, filterOf(q));
  }

  @Get('export')
  @ApiOperation({ summary: 'Every matching audit entry as NDJSON (one entry per line) or CSV (RFC 4180, summary as JSON), streamed' })
  @applyAll(FILTER_QUERIES)
  @ApiQuery({ name: 'format', required: false, enum: AUDIT_EXPORT_FORMATS, description: 'default ndjson' })
  @ApiTextResponse(200, EXPORT_CONTENT_TYPE.ndjson, 'NDJSON, or CSV with format=csv (text/csv)')
  @ApiErrors(400)
  export(@Query(new ZodPipe(exportQuery)) q: z.infer<typeof exportQuery>, @Res() reply: FastifyReply): FastifyReply {
    const stream = auditExportStream(this.audit.all(q.after, filterOf(q)), q.format);
    return reply.header('content-type', EXPORT_CONTENT_TYPE[q.format]).header('content-disposition', `attachment; filename="audit.${q.format}"`).send(stream);
  }

  @Get('verify')
  @ApiOperation({ summary: 'Recompute the hash chain; names the first entry that does not match' })
  @ApiZodResponse(200, auditVerificationSchema, 'whether the chain holds; where it breaks when not')
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
