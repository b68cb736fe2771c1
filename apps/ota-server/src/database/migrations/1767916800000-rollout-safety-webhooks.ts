import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * D4: a rollout may name the one it supersedes (cancelled when it starts), and remembers the failures an approver
 * accepted when resuming it from a halt (only a new failure halts it again at that stage). D9 events: subscriptions, an outbox of
 * events written in the transaction of the transition that caused them, and one delivery row per subscription
 * and event, which the worker claims, attempts and records (the delivery log).
 */
export class RolloutSafetyWebhooks1767916800000 implements MigrationInterface {
  name = 'RolloutSafetyWebhooks1767916800000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('rollout', new TableColumn({ name: 'supersedes', type: 'varchar', length: '36', isNullable: true }));
    await q.addColumn('rollout', new TableColumn({ name: 'accepted_failures', type: 'integer', isNullable: true }));
    await q.createTable(
      new Table({
        name: 'webhook_subscription',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'url', type: 'varchar', length: '2000' },
          { name: 'events', type: 'text' },
          { name: 'secret', type: 'varchar', length: '200' },
          { name: 'enabled', type: 'boolean' },
          { name: 'created_by', type: 'varchar', length: '200' },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'disabled_at', type: 'varchar', length: '32', isNullable: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_event',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'type', type: 'varchar', length: '64' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '32' },
          // Set for events that must be announced once only (an expiry warning per role, state and expiry).
          { name: 'dedupe_key', type: 'varchar', length: '200', isNullable: true, isUnique: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_delivery',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'subscription_id', type: 'varchar', length: '36' },
          { name: 'event_id', type: 'varchar', length: '64' },
          { name: 'event_type', type: 'varchar', length: '64' },
          { name: 'attempts', type: 'integer' },
          { name: 'next_attempt_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'last_status', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
          { name: 'delivered_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'gave_up_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
        indices: [
          new TableIndex({ name: 'ix_webhook_delivery_due', columnNames: ['next_attempt_at'] }),
          new TableIndex({ name: 'ix_webhook_delivery_subscription', columnNames: ['subscription_id', 'id'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_delivery');
    await q.dropTable('webhook_event');
    await q.dropTable('webhook_subscription');
    await q.dropColumn('rollout', 'accepted_failures');
    await q.dropColumn('rollout', 'supersedes');
  }
}
