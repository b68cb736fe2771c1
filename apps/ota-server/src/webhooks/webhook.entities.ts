import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** D9: an admin's subscription to events, with the secret its deliveries are signed with (Standard Webhooks). */
@Entity('webhook_subscription')
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  /** JSON array of event types. */
  @Column({ type: 'text' })
  events!: string;

  /** `whsec_` + base64 of the HMAC key; the server signs with it, so it is kept (shown to the admin once). */
  @Column({ type: 'varchar', length: 200 })
  secret!: string;

  @Column({ type: 'boolean' })
  enabled!: boolean;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'disabled_at', type: 'varchar', length: 32, nullable: true })
  disabledAt!: string | null;
}

/** The outbox: an event, written in the transaction of the change that caused it, with the exact body sent. */
@Entity('webhook_event')
export class WebhookEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;
}

/** One event for one subscription: the worker's queue and the delivery log. */
@Entity('webhook_delivery')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('increment')
  id!: number;

  @Column({ name: 'subscription_id', type: 'varchar', length: 36 })
  subscriptionId!: string;

  @Column({ name: 'event_id', type: 'varchar', length: 64 })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 64 })
  eventType!: string;

  /** Attempts started; a claim increments it, so it doubles as the claim's compare-and-set token. */
  @Column({ type: 'integer' })
  attempts!: number;

  /** When the row is next due; while claimed, the end of the claim's lease; null once delivered or given up. */
  @Column({ name: 'next_attempt_at', type: 'varchar', length: 32, nullable: true })
  nextAttemptAt!: string | null;

  @Column({ name: 'last_status', type: 'integer', nullable: true })
  lastStatus!: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ name: 'delivered_at', type: 'varchar', length: 32, nullable: true })
  deliveredAt!: string | null;

  @Column({ name: 'gave_up_at', type: 'varchar', length: 32, nullable: true })
  gaveUpAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt!: string;
}
