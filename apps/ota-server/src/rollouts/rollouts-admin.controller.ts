import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import { CloneRolloutDto, CreateRolloutDto, cloneRolloutSchema, createRolloutSchema, reasonSchema } from './dto/create-rollout.dto';
import { rolloutSummarySchema, rolloutViewSchema, type RolloutSummaryDto, type RolloutViewDto } from './dto/rollout-view.dto';
import { ADMIN_ROLLOUT_ACTIONS } from './rollout-transitions';
import { RolloutsService } from './rollouts.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'rollout id must be a UUID') });

@ApiTags('admin: rollouts')
@AdminRoute()
@Controller('admin/v1/rollouts')
export class RolloutsAdminController {
  constructor(private readonly rollouts: RolloutsService) {}

  @Post()
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Create a draft rollout of a published release (audience, stages, health policy)' })
  @ApiZodBody(createRolloutSchema)
  @ApiZodResponse(201, rolloutViewSchema, 'the rollout, in draft')
  @ApiErrors(400, 404, 409)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createRolloutSchema)) body: CreateRolloutDto): Promise<RolloutViewDto> {
    return this.rollouts.create(admin, body);
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List rollouts, newest first' })
  @ApiZodResponse(200, z.array(rolloutSummarySchema), 'the latest 500 rollouts')
  list(): Promise<RolloutSummaryDto[]> {
    return this.rollouts.list();
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'A rollout with per-stage counts by device status, failure rate with its interval, and outcomes per key' })
  @ApiZodResponse(200, rolloutViewSchema, 'the rollout')
  @ApiErrors(400, 404)
  show(@Param('id', uuid) id: string): Promise<RolloutViewDto> {
    return this.rollouts.show(id);
  }

  // A static segment: the router matches it before `:id/:action`.
  @Post(':id/clone')
  @Roles('release-engineer')
  @ApiOperation({ summary: 'A new draft with the plan of this rollout (release, audience, stages, policy; new salt), e.g. after a halt' })
  @ApiZodBody(cloneRolloutSchema)
  @ApiZodResponse(201, rolloutViewSchema, 'the new rollout, in draft')
  @ApiErrors(400, 404, 409)
  clone(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(cloneRolloutSchema.optional())) body?: CloneRolloutDto,
  ): Promise<RolloutViewDto> {
    return this.rollouts.clone(admin, id, body ?? {});
  }

  @Post(':id/:action')
  @HttpCode(200)
  @Roles('release-engineer', 'approver')
  @ApiOperation({
    summary:
      "start | pause | resume | halt | cancel | advance (release-engineer) or approve (approver, not the creator); resuming a halted rollout is an approver's, with a reason",
  })
  @ApiParam({ name: 'action', enum: ADMIN_ROLLOUT_ACTIONS })
  @ApiZodBody(reasonSchema)
  @ApiZodResponse(200, rolloutViewSchema, 'the rollout after the action')
  @ApiErrors(400, 404, 409)
  act(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('id', uuid) id: string,
    @Param('action') action: string,
    @Body(new ZodPipe(reasonSchema.optional())) body?: z.infer<typeof reasonSchema>,
  ): Promise<RolloutViewDto> {
    return this.rollouts.actAsAdmin(admin, id, action, body?.reason, body?.allowEmptyAudience === true);
  }
}
