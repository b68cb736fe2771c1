import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AdminAuthGuard } from '../auth/admin-auth.guard';
import { CurrentAdmin } from '../auth/current-admin.decorator';
import { AdminPrincipal, Roles } from '../auth/roles';
import { ApiError } from '../http/api-error';
import { AdminRoute, ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { ZodPipe } from '../http/zod-body.pipe';
import { CreateRolloutDto, createRolloutSchema, reasonSchema } from './dto/create-rollout.dto';
import { rolloutSummarySchema, rolloutViewSchema, type RolloutSummaryDto, type RolloutViewDto } from './dto/rollout-view.dto';
import { RolloutAction } from './rollout-transitions';
import { RolloutViewService } from './rollout-view.service';
import { RolloutsService } from './rollouts.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'rollout id must be a UUID') });
const actor = (a: AdminPrincipal) => ({ id: a.tokenId, role: a.role });

@ApiTags('admin: rollouts')
@AdminRoute()
@UseGuards(AdminAuthGuard)
@Controller('admin/v1/rollouts')
export class RolloutsAdminController {
  constructor(
    private readonly rollouts: RolloutsService,
    private readonly views: RolloutViewService,
  ) {}

  @Post()
  @Roles('release-engineer')
  @ApiOperation({ summary: 'Create a draft rollout of a published release (audience, stages, health policy)' })
  @ApiZodBody(createRolloutSchema)
  @ApiZodResponse(201, rolloutViewSchema, 'the rollout, in draft')
  @ApiErrors(400, 404, 409)
  async create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createRolloutSchema)) body: CreateRolloutDto): Promise<RolloutViewDto> {
    return this.views.view(await this.rollouts.create(actor(admin), body));
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: 'List rollouts, newest first' })
  @ApiZodResponse(200, z.array(rolloutSummarySchema), 'the latest 500 rollouts')
  list(): Promise<RolloutSummaryDto[]> {
    return this.rollouts
      .list()
      .then((rs) => rs.map((r) => ({ id: r.id, name: r.name, releaseId: r.releaseId, state: r.state, stageIndex: r.stageIndex, createdAt: r.createdAt })));
  }

  @Get(':id')
  @Roles('viewer')
  @ApiOperation({ summary: 'A rollout with per-stage counts by device status, failure rate with its interval, and outcomes per key' })
  @ApiZodResponse(200, rolloutViewSchema, 'the rollout')
  @ApiErrors(400, 404)
  async show(@Param('id', uuid) id: string): Promise<RolloutViewDto> {
    return this.views.view(await this.rollouts.get(id));
  }

  @Post(':id/:action')
  @HttpCode(200)
  @Roles('release-engineer', 'approver')
  @ApiOperation({ summary: 'start | pause | resume | halt | cancel | advance (release-engineer) or approve (approver, not the creator)' })
  @ApiParam({ name: 'action', enum: ['start', 'pause', 'resume', 'halt', 'cancel', 'advance', 'approve'] })
  @ApiZodBody(reasonSchema)
  @ApiZodResponse(200, rolloutViewSchema, 'the rollout after the action')
  @ApiErrors(400, 404, 409)
  async act(
    @CurrentAdmin() admin: AdminPrincipal,
    @Param('id', uuid) id: string,
    @Param('action') action: string,
    @Body(new ZodPipe(reasonSchema.optional())) body?: z.infer<typeof reasonSchema>,
  ): Promise<RolloutViewDto> {
    const allowed = this.allowedActions(admin);
    if (!(['start', 'pause', 'resume', 'halt', 'cancel', 'advance', 'approve'] as string[]).includes(action))
      throw new ApiError(404, 'NOT_FOUND', `no rollout action "${action}"`);
    if (!allowed.includes(action as RolloutAction)) throw new ApiError(403, 'FORBIDDEN', `role "${admin.role}" may not ${action} a rollout`);
    return this.views.view(await this.rollouts.act(actor(admin), id, action as RolloutAction, body?.reason));
  }

  /** Release engineers drive rollouts; approvers approve (D5); admins do both. */
  private allowedActions(admin: AdminPrincipal): RolloutAction[] {
    const drive: RolloutAction[] = ['start', 'pause', 'resume', 'halt', 'cancel', 'advance'];
    if (admin.role === 'admin') return [...drive, 'approve'];
    if (admin.role === 'approver') return ['approve'];
    return drive;
  }
}
