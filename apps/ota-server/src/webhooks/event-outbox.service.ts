import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, Clock } from '../clock/clock';
import { Storage, type Tx } from '../database/storage.service';
import type { ExpiryWarning } from '../tuf/tuf-expiry.service';
import { RANDOM, Random } from '../random/random';
import { eventBody, type ExpiryEventData, type RolloutEventData, type WebhookEventType } from './webhook-events';
import { enabledSubscriptions, eventExists, insertEvent } from './webhook.repository';

/**
 * D9 events, transactional outbox: an event is written in the caller's transaction, with one delivery per
 * enabled subscription to its type, so nothing is announced that was not committed and nothing committed is
 * lost; the delivery worker sends it afterwards.
 */
@Injectable()
export class EventOutbox {
  constructor(
    private readonly storage: Storage,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RANDOM) private readonly random: Random,
  ) {}

  /** D7/D9: each role's warning (or expiry) announced once per state and expiry, however many ticks see it. */
  async recordExpiryWarnings(warnings: readonly ExpiryWarning[]): Promise<void> {
    if (!warnings.length) return;
    await this.storage.write('expiry events', async (tx) => {
      for (const w of warnings) {
        const data = { role: w.role, state: w.state, expires: w.expires, expiresInSeconds: w.expiresInSeconds, action: w.action };
        await this.record(tx, 'tuf.expiry_warning', data, `tuf.expiry_warning:${w.role}:${w.state}:${w.expires}`);
      }
    });
  }

  /** `dedupeKey`: the event is recorded once only for that key (a warning repeated by every tick, or by another instance). */
  async record(tx: Tx, type: WebhookEventType, data: RolloutEventData | ExpiryEventData, dedupeKey?: string): Promise<void> {
    if (dedupeKey && (await eventExists(tx, dedupeKey))) return;
    const now = this.clock.now().toISOString();
    // Standard Webhooks message ids are opaque and unique, conventionally prefixed `msg_`.
    const id = `msg_${this.random.uuid()}`;
    const subscribed = (await enabledSubscriptions(tx)).filter((s) => (JSON.parse(s.events) as string[]).includes(type));
    await insertEvent(
      tx,
      { id, type, body: eventBody(type, now, data), createdAt: now, dedupeKey: dedupeKey ?? null },
      subscribed.map((s) => ({
        subscriptionId: s.id,
        eventId: id,
        eventType: type,
        attempts: 0,
        nextAttemptAt: now,
        lastStatus: null,
        lastError: null,
        deliveredAt: null,
        gaveUpAt: null,
        createdAt: now,
      })),
    );
  }
}
