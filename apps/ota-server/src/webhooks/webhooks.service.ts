import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CLOCK, Clock } from '../clock/clock';
import { Storage } from '../database/storage.service';
import { invalidState, notFound } from '../http/api-error';
import type { AdminPrincipal } from '../http/admin-route';
import { RANDOM, Random } from '../random/random';
import type { CreateWebhookDto, CreatedWebhookDto, WebhookDeliveryDto, WebhookDto } from './dto/webhook.dto';
import type { WebhookEventType } from './webhook-events';
import { webhookSecretOf } from './webhook-signature';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entities';
import { deliveriesOf, disableSubscription, findSubscription, insertSubscription, listSubscriptions } from './webhook.repository';

const LOG_LIMIT = 500;

/** D9 subscriptions: created and disabled by admins (audited); the secret is shown once, at creation. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly storage: Storage,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  async create(admin: AdminPrincipal, dto: CreateWebhookDto): Promise<CreatedWebhookDto> {
    const s: WebhookSubscriptionEntity = {
      id: this.random.uuid(),
      url: dto.url,
      events: JSON.stringify([...new Set(dto.events)]),
      secret: webhookSecretOf(this.random.hex(32)),
      enabled: true,
      createdBy: admin.userName,
      createdAt: this.clock.now().toISOString(),
      disabledAt: null,
    };
    await this.storage.write('webhook create', async (tx) => {
      await insertSubscription(tx, s);
      await this.audit.append(tx, { actor: admin.userName, action: 'webhook.create', target: `webhook:${s.id}`, after: { url: s.url, events: dto.events } });
    });
    return { subscription: toDto(s), secret: s.secret };
  }

  async list(): Promise<WebhookDto[]> {
    return (await this.storage.read(listSubscriptions)).map(toDto);
  }

  async disable(admin: AdminPrincipal, id: string): Promise<WebhookDto> {
    const s = await this.storage.write('webhook disable', async (tx) => {
      const found = await findSubscription(tx, id);
      if (!found) throw notFound(`webhook ${id}`);
      if (!found.enabled) throw invalidState(`webhook ${id} is already disabled`);
      const at = this.clock.now().toISOString();
      await disableSubscription(tx, id, at);
      await this.audit.append(tx, {
        actor: admin.userName,
        action: 'webhook.disable',
        target: `webhook:${id}`,
        before: { enabled: true },
        after: { enabled: false },
      });
      return { ...found, enabled: false, disabledAt: at };
    });
    return toDto(s);
  }

  /** The latest deliveries to a subscription, newest first. */
  async deliveries(id: string): Promise<WebhookDeliveryDto[]> {
    const rows = await this.storage.read(async (tx) => {
      if (!(await findSubscription(tx, id))) throw notFound(`webhook ${id}`);
      return deliveriesOf(tx, id, LOG_LIMIT);
    });
    return rows.map(toDeliveryDto);
  }
}

function toDto(s: WebhookSubscriptionEntity): WebhookDto {
  const events = JSON.parse(s.events) as WebhookEventType[];
  return { id: s.id, url: s.url, events, enabled: s.enabled, createdBy: s.createdBy, createdAt: s.createdAt, disabledAt: s.disabledAt };
}

function toDeliveryDto(d: WebhookDeliveryEntity): WebhookDeliveryDto {
  return {
    eventId: d.eventId,
    eventType: d.eventType as WebhookEventType,
    attempts: d.attempts,
    lastStatusCode: d.lastStatus,
    lastError: d.lastError,
    nextAttemptAt: d.nextAttemptAt,
    deliveredAt: d.deliveredAt,
    gaveUpAt: d.gaveUpAt,
    createdAt: d.createdAt,
  };
}
