import { IsNull, Not } from 'typeorm';
import type { Tx } from '../database/storage.service';
import { WebhookDeliveryEntity, WebhookEventEntity, WebhookSubscriptionEntity } from './webhook.entities';

export async function insertSubscription(tx: Tx, s: WebhookSubscriptionEntity): Promise<void> {
  await tx.getRepository(WebhookSubscriptionEntity).insert(s);
}

export async function findSubscription(tx: Tx, id: string): Promise<WebhookSubscriptionEntity | undefined> {
  return (await tx.getRepository(WebhookSubscriptionEntity).findOneBy({ id })) ?? undefined;
}

export function listSubscriptions(tx: Tx): Promise<WebhookSubscriptionEntity[]> {
  return tx.getRepository(WebhookSubscriptionEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
}

export function enabledSubscriptions(tx: Tx): Promise<WebhookSubscriptionEntity[]> {
  return tx.getRepository(WebhookSubscriptionEntity).findBy({ enabled: true });
}

/** Disables a subscription and gives up its pending deliveries (nothing more is sent to it). */
export async function disableSubscription(tx: Tx, id: string, at: string): Promise<void> {
  await tx.getRepository(WebhookSubscriptionEntity).update({ id }, { enabled: false, disabledAt: at });
  await tx
    .getRepository(WebhookDeliveryEntity)
    .update({ subscriptionId: id, nextAttemptAt: Not(IsNull()) }, { nextAttemptAt: null, gaveUpAt: at, lastError: 'subscription disabled' });
}

export function eventExists(tx: Tx, dedupeKey: string): Promise<boolean> {
  return tx.getRepository(WebhookEventEntity).existsBy({ dedupeKey });
}

export async function insertEvent(tx: Tx, event: WebhookEventEntity, deliveries: Omit<WebhookDeliveryEntity, 'id'>[]): Promise<void> {
  await tx.getRepository(WebhookEventEntity).insert(event);
  // One row at a time keeps the generated ids in the order of the list on both databases.
  for (const d of deliveries) await tx.getRepository(WebhookDeliveryEntity).insert(d);
}

export function findEvents(tx: Tx, ids: string[]): Promise<WebhookEventEntity[]> {
  return ids.length ? tx.getRepository(WebhookEventEntity).find({ where: ids.map((id) => ({ id })) }) : Promise.resolve([]);
}

/** Deliveries not yet delivered nor given up (due, waiting for a retry, or claimed), oldest first: the order the events happened in. */
export function pendingDeliveries(tx: Tx, limit: number): Promise<WebhookDeliveryEntity[]> {
  return tx.getRepository(WebhookDeliveryEntity).find({ where: { nextAttemptAt: Not(IsNull()) }, order: { id: 'ASC' }, take: limit });
}

/**
 * Claims a due delivery for one attempt (D6: several instances share the outbox): a compare-and-set on the
 * attempts seen, which the claim increments, with `leaseUntil` as the row's next due time, so a claimer that dies
 * mid-attempt leaves the row due again when the lease ends. False when another instance claimed it first.
 */
export async function claimDelivery(tx: Tx, d: WebhookDeliveryEntity, leaseUntil: string): Promise<boolean> {
  const result = await tx
    .getRepository(WebhookDeliveryEntity)
    .createQueryBuilder()
    .update()
    .set({ attempts: d.attempts + 1, nextAttemptAt: leaseUntil })
    .where('id = :id AND attempts = :attempts AND next_attempt_at = :due', { id: d.id, attempts: d.attempts, due: d.nextAttemptAt })
    .execute();
  return result.affected === 1;
}

/** Records an attempt's result, only while the claim (`attempts`) is still this worker's. */
export async function recordAttempt(tx: Tx, id: number, attempts: number, patch: Partial<WebhookDeliveryEntity>): Promise<void> {
  await tx.getRepository(WebhookDeliveryEntity).createQueryBuilder().update().set(patch).where('id = :id AND attempts = :attempts', { id, attempts }).execute();
}

/** A subscription's delivery log, newest first. */
export function deliveriesOf(tx: Tx, subscriptionId: string, limit: number): Promise<WebhookDeliveryEntity[]> {
  return tx.getRepository(WebhookDeliveryEntity).find({ where: { subscriptionId }, order: { id: 'DESC' }, take: limit });
}
