import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, Clock } from '../clock/clock';
import { SERVER_CONFIG, ServerConfig } from '../config/server.config';
import { Storage } from '../database/storage.service';
import { sendWebhook, type SendResult } from './webhook-sender';
import { WebhookDeliveryEntity, WebhookEventEntity, WebhookSubscriptionEntity } from './webhook.entities';
import { claimDelivery, findEvents, findSubscription, pendingDeliveries, recordAttempt } from './webhook.repository';

const BATCH = 500;

/**
 * D9 delivery: sends the outbox's due deliveries on a timer of its own, on every instance (claims are
 * compare-and-set, so each attempt is made by one instance). Subscriptions are served side by side; within one,
 * in the order the events happened: an event waits while an earlier one to the same subscription is pending (waiting
 * for its retry, or claimed elsewhere), so a failing receiver costs one attempt (at most one timeout) per pass and
 * gets its events in order once it recovers. A failure is retried after `backoffBaseSeconds * 2^(attempt-1)`, until
 * `maxAttempts`, then given up; every attempt is in the delivery log.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('webhooks');
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.deliverDue(), this.config.webhooks.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass over the due deliveries; concurrent calls share the pass in progress. Resolves to the attempts made. */
  deliverDue(): Promise<number> {
    this.running ??= this.pass()
      .catch((err: Error) => {
        this.logger.warn({ err: err.message }, 'webhook delivery pass failed; the next pass retries');
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    const now = this.clock.now().toISOString();
    const bySubscription = new Map<string, WebhookDeliveryEntity[]>();
    const blocked = new Set<string>();
    for (const d of await this.storage.read((tx) => pendingDeliveries(tx, BATCH))) {
      if (blocked.has(d.subscriptionId)) continue;
      if (d.nextAttemptAt! > now) blocked.add(d.subscriptionId);
      else bySubscription.set(d.subscriptionId, [...(bySubscription.get(d.subscriptionId) ?? []), d]);
    }
    if (!bySubscription.size) return 0;
    const ids = [...new Set([...bySubscription.values()].flat().map((d) => d.eventId))];
    const events = new Map((await this.storage.read((tx) => findEvents(tx, ids))).map((e) => [e.id, e]));
    const made = await Promise.all([...bySubscription].map(([id, rows]) => this.deliverInOrder(id, rows, events)));
    return made.reduce((a, b) => a + b, 0);
  }

  private async deliverInOrder(subscriptionId: string, rows: WebhookDeliveryEntity[], events: Map<string, WebhookEventEntity>): Promise<number> {
    const subscription = await this.storage.read((tx) => findSubscription(tx, subscriptionId));
    if (!subscription?.enabled) return 0;
    let made = 0;
    for (const row of rows) {
      const event = events.get(row.eventId);
      if (!event || !(await this.claim(row))) continue;
      made += 1;
      if (!(await this.attempt(subscription, row, event))) break;
    }
    return made;
  }

  private claim(row: WebhookDeliveryEntity): Promise<boolean> {
    // The lease outlives the HTTP timeout, so a live attempt is never claimed twice.
    const leaseUntil = new Date(this.clock.nowMs() + this.config.webhooks.timeoutMs * 2 + 5_000).toISOString();
    return this.storage.write('webhook claim', (tx) => claimDelivery(tx, row, leaseUntil));
  }

  private async attempt(s: WebhookSubscriptionEntity, row: WebhookDeliveryEntity, event: WebhookEventEntity): Promise<boolean> {
    const attempts = row.attempts + 1;
    const result = await sendWebhook(s, event, Math.floor(this.clock.nowMs() / 1000), this.config.webhooks.timeoutMs);
    await this.storage.write('webhook attempt', (tx) => recordAttempt(tx, row.id, attempts, this.outcome(result, attempts)));
    if (!result.ok) this.logger.warn({ subscription: s.id, event: event.id, attempts, error: result.error }, 'webhook delivery failed');
    return result.ok;
  }

  private outcome(result: SendResult, attempts: number): Partial<WebhookDeliveryEntity> {
    const now = this.clock.now();
    const base = { lastStatus: result.status, lastError: result.error };
    if (result.ok) return { ...base, deliveredAt: now.toISOString(), nextAttemptAt: null };
    const { backoffBaseSeconds, maxAttempts } = this.config.webhooks;
    if (attempts >= maxAttempts) return { ...base, nextAttemptAt: null, gaveUpAt: now.toISOString() };
    return { ...base, nextAttemptAt: new Date(now.getTime() + backoffBaseSeconds * 1000 * 2 ** (attempts - 1)).toISOString() };
  }
}
