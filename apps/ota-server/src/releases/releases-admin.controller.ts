import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { createReleaseSchema, SignatureDto, signatureSchema } from './dto/release.dto';
import { releaseSummarySchema, releaseViewSchema, type ReleaseSummaryDto, type ReleaseViewDto } from './dto/release-view.dto';
import { ReleasesService } from './releases.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'release id must be a UUID') });

@ApiTags('admin: releases')
@AdminRoute()
@Controller('admin/v1/releases')
export class ReleasesAdminController {
  constructor(private readonly releases: ReleasesService) {}

  @Post()
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Create a release from a manifest; the server proposes the next targets metadata for signing' })
  @ApiZodBody(createReleaseSchema)
  @ApiZodResponse(201, releaseViewSchema, 'the release, proposed (or published when the server alone meets the targets threshold)')
  @ApiErrors(400, 409, 413)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createReleaseSchema)) body: z.infer<typeof createReleaseSchema>): Promise<ReleaseViewDto> {
    return this.releases.create(admin, body.manifest);
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List releases, newest first' })
  @ApiZodResponse(200, z.array(releaseSummarySchema), 'the latest 500 releases, without their manifests')
  list(): Promise<ReleaseSummaryDto[]> {
    return this.releases.list();
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'A release with its manifest and, while proposed, what to sign and who has signed' })
  @ApiZodResponse(200, releaseViewSchema, 'the release')
  @ApiErrors(400, 404)
  show(@Param('id', uuid) id: string): Promise<ReleaseViewDto> {
    return this.releases.get(id);
  }

  @Post(':id/signatures')
  @HttpCode(200)
  @Roles('release-engineer', 'approver')
  @ApiOperation({ summary: 'Upload a release signer signature over the proposal; publishes at the targets threshold' })
  @ApiZodBody(signatureSchema)
  @ApiZodResponse(200, releaseViewSchema, 'the release with the signature counted; published once the threshold is met')
  @ApiErrors(400, 404, 409)
  sign(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string, @Body(new ZodPipe(signatureSchema)) body: SignatureDto): Promise<ReleaseViewDto> {
    return this.releases.addSignature(admin, id, body);
  }

  @Post(':id/repropose')
  @HttpCode(200)
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Rebuild a stale proposal on the currently published targets (signatures start over)' })
  @ApiZodResponse(200, releaseViewSchema, 'the release with a fresh proposal to sign')
  @ApiErrors(400, 404, 409)
  repropose(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<ReleaseViewDto> {
    return this.releases.repropose(admin, id);
  }
}
