import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { createReleaseSchema, SignatureDto, signatureSchema } from './dto/release.dto';
import { ReleaseEntity } from './release.entity';
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
  @ApiErrors(400, 409, 413)
  async create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createReleaseSchema)) body: z.infer<typeof createReleaseSchema>) {
    return this.view(await this.releases.create(admin.tokenId, body.manifest));
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List releases, newest first' })
  async list() {
    return (await this.releases.list()).map(({ manifest: _m, proposedTargets: _p, ...summary }) => summary);
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'A release with its manifest and, while proposed, what to sign and who has signed' })
  @ApiErrors(400, 404)
  async show(@Param('id', uuid) id: string) {
    return this.view(await this.releases.get(id));
  }

  @Post(':id/signatures')
  @HttpCode(200)
  @Roles('release-engineer', 'approver')
  @ApiOperation({ summary: 'Upload a release signer signature over the proposal; publishes at the targets threshold' })
  @ApiZodBody(signatureSchema)
  @ApiErrors(400, 404, 409)
  async sign(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string, @Body(new ZodPipe(signatureSchema)) body: SignatureDto) {
    return this.view(await this.releases.addSignature(admin.tokenId, id, body));
  }

  @Post(':id/repropose')
  @HttpCode(200)
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Rebuild a stale proposal on the currently published targets (signatures start over)' })
  @ApiErrors(400, 404, 409)
  async repropose(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string) {
    return this.view(await this.releases.repropose(admin.tokenId, id));
  }

  private view(r: ReleaseEntity) {
    const { manifest, proposedTargets: _p, ...rest } = r;
    return { ...rest, manifest: JSON.parse(manifest) as unknown, signing: this.releases.signingStatus(r) };
  }
}
