import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { EventOutbox } from './event-outbox.service';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookDeliveryEntity, WebhookEventEntity, WebhookSubscriptionEntity } from './webhook.entities';
import { WebhooksAdminController } from './webhooks-admin.controller';
import { WebhooksService } from './webhooks.service';

/**
 * D9 events: subscriptions, the transactional outbox other features write events to (EventOutbox, in their own
 * transactions), and the delivery worker.
 */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookSubscriptionEntity, WebhookEventEntity, WebhookDeliveryEntity]), AuditModule],
  controllers: [WebhooksAdminController],
  providers: [EventOutbox, WebhooksService, WebhookDeliveryWorker],
  exports: [EventOutbox],
})
export class WebhooksModule {}
