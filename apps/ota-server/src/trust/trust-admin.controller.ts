import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import {
  pendingAnswerSchema,
  rootMetadataSchema,
  rotationSignatureSchema,
  trustViewSchema,
  type PendingAnswerDto,
  type RootMetadataDto,
  type RotationSignatureDto,
  type TrustViewDto,
} from './dto/trust.dto';
import { TrustService } from './trust.service';

@ApiTags('admin: trust')
@AdminRoute()
@Controller('admin/v1/trust')
export class TrustAdminController {
  constructor(private readonly trust: TrustService) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'The current root version, each role’s keyids, threshold and expiry, and any pending rotation' })
  @ApiZodResponse(200, trustViewSchema, 'what devices are asked to trust now')
  show(): Promise<TrustViewDto> {
    return this.trust.view();
  }

  @Post('root')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Submit root N+1 signed offline (D7). Published at once, with snapshot and timestamp re-signed when it names new online keys; held as pending when it changes the targets keys, until the current targets are re-signed',
  })
  @ApiZodBody(rootMetadataSchema)
  @ApiZodResponse(201, trustViewSchema, 'the trust state after the submission: rootVersion N+1, or `pending` naming it')
  @ApiErrors(400, 409, 413)
  pushRoot(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(rootMetadataSchema)) body: RootMetadataDto): Promise<TrustViewDto> {
    return this.trust.pushRoot(admin, body);
  }

  @Get('pending')
  @Roles('viewer')
  @ApiOperation({ summary: 'The pending rotation with the targets re-sign payload to sign, or null' })
  @ApiZodResponse(200, pendingAnswerSchema, 'the pending rotation, `null` when none')
  pending(): Promise<PendingAnswerDto> {
    return this.trust.pending();
  }

  @Post('pending/signatures')
  @HttpCode(200)
  @Roles('release-engineer', 'approver')
  @ApiOperation({ summary: 'Upload a release signer signature over the re-sign payload; publishes the rotation at the new targets threshold' })
  @ApiZodBody(rotationSignatureSchema)
  @ApiZodResponse(200, trustViewSchema, 'the trust state: still pending, or root N+1 published')
  @ApiErrors(400, 404, 409)
  sign(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(rotationSignatureSchema)) body: RotationSignatureDto): Promise<TrustViewDto> {
    return this.trust.addSignature(admin, body);
  }

  @Post('pending/repropose')
  @HttpCode(200)
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Rebuild a stale re-sign proposal on the currently published targets (signatures start over)' })
  @ApiZodResponse(200, trustViewSchema, 'the trust state with a fresh proposal to sign')
  @ApiErrors(404, 409)
  repropose(@CurrentAdmin() admin: AdminPrincipal): Promise<TrustViewDto> {
    return this.trust.repropose(admin);
  }

  @Post('pending/cancel')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Drop the pending root (it was never served)' })
  @ApiZodResponse(200, trustViewSchema, 'the trust state without a pending rotation')
  @ApiErrors(404)
  cancel(@CurrentAdmin() admin: AdminPrincipal): Promise<TrustViewDto> {
    return this.trust.cancel(admin);
  }
}
