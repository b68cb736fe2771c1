import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiError } from '../http/api-error';
import { ApiErrors, ApiZodBody, ApiZodResponse } from '../http/openapi';
import { AdminPrincipal, AdminRoute, CurrentAdmin, Roles } from '../http/admin-route';
import { ZodPipe } from '../http/zod-body.pipe';
import {
  createdWebhookSchema,
  createWebhookSchema,
  webhookDeliverySchema,
  webhookSchema,
  type CreatedWebhookDto,
  type CreateWebhookDto,
  type WebhookDeliveryDto,
  type WebhookDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'webhook id must be a UUID') });

/** D9 event subscriptions: an admin's (a receiver URL may carry credentials of its own). */
@ApiTags('admin: webhooks')
@AdminRoute()
@Controller('admin/v1/webhooks')
export class WebhooksAdminController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Subscribe a URL to events; deliveries are signed per Standard Webhooks with the secret shown once' })
  @ApiZodBody(createWebhookSchema)
  @ApiZodResponse(201, createdWebhookSchema, 'the subscription and its signing secret')
  @ApiErrors(400)
  create(@CurrentAdmin() admin: AdminPrincipal, @Body(new ZodPipe(createWebhookSchema)) body: CreateWebhookDto): Promise<CreatedWebhookDto> {
    return this.webhooks.create(admin, body);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List webhook subscriptions (without their secrets)' })
  @ApiZodResponse(200, z.array(webhookSchema), 'every subscription, oldest first')
  list(): Promise<WebhookDto[]> {
    return this.webhooks.list();
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Disable a subscription: nothing more is sent to it, pending deliveries are given up' })
  @ApiZodResponse(200, webhookSchema, 'the subscription, disabled')
  @ApiErrors(400, 404, 409)
  disable(@CurrentAdmin() admin: AdminPrincipal, @Param('id', uuid) id: string): Promise<WebhookDto> {
    return this.webhooks.disable(admin, id);
  }

  @Get(':id/deliveries')
  @Roles('admin')
  @ApiOperation({ summary: "A subscription's delivery log: each event, its attempts, last status or error, next attempt" })
  @ApiZodResponse(200, z.array(webhookDeliverySchema), 'the latest 500 deliveries, newest first')
  @ApiErrors(400, 404)
  deliveries(@Param('id', uuid) id: string): Promise<WebhookDeliveryDto[]> {
    return this.webhooks.deliveries(id);
  }
}
