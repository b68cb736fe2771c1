/**
 * Which polling devices go into which run, decided with the server's own cohort rule (D4 `bucketOf`) and the
 * rollouts' salts: the no-update set is outside the 1 % rollout's cohort and outside the 10 % rollout's cohort;
 * the 10 % set is nine no-update devices to one device inside the 10 % rollout's cohort, interleaved.
 */
import { bucketOf, cohortSize } from '@app/rollout';
import type { SessionDevice } from './open-sessions';

const inCohort = (deviceId: string, salt: string, percent: number) => bucketOf(deviceId, salt) < cohortSize(percent);

export interface TokenSets {
  noUpdate: string[];
  tenPercentOffers: string[];
  /** Devices of the 10 % set that get an offer. */
  offered: number;
}

export function chooseTokens(devices: SessionDevice[], salts: { cohort: string; offer: string }): TokenSets {
  const outsideCohort = devices.filter((d) => !inCohort(d.identity.id, salts.cohort, 1));
  const none = outsideCohort.filter((d) => !inCohort(d.identity.id, salts.offer, 10));
  const offer = outsideCohort.filter((d) => inCohort(d.identity.id, salts.offer, 10));
  const n = Math.min(offer.length, Math.floor(none.length / 9));
  const mixed: string[] = [];
  for (let i = 0; i < n; i += 1) mixed.push(...none.slice(i * 9, i * 9 + 9).map((d) => d.token), offer[i].token);
  if (none.length === 0 || n === 0) throw new Error(`too few polling devices to choose from (${devices.length}): ${none.length} without offers, ${offer.length} with`);
  return { noUpdate: none.map((d) => d.token), tenPercentOffers: mixed, offered: n };
}

/**
 * The reports a device sends through an install (D4): downloading, installing, succeeded with the outcomes of
 * the Cloud Messaging manifest. Devices go in waves: a wave's downloading reports, then its installing, then its
 * succeeded, so one device's reports are `wave` places apart and never race each other on two connections.
 */
export function reportQueue(devices: SessionDevice[], rolloutId: string, wave: number): { token: string; body: string }[] {
  const outcomes = [
    { key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'applied' },
    { key: 'cloud_messaging.encrypt_identifiers', op: 'force', result: 'applied', reason: 'Identifiers kept for Cloud Messaging are stored encrypted from this release on.' },
    { key: 'cloud_messaging.encrypt_identifiers', op: 'setFactoryDefault', result: 'applied' },
  ];
  const bodies = [
    JSON.stringify({ rolloutId, status: 'downloading' }),
    JSON.stringify({ rolloutId, status: 'installing' }),
    JSON.stringify({ rolloutId, status: 'succeeded', outcomes }),
  ];
  const queue: { token: string; body: string }[] = [];
  for (let w = 0; w < devices.length; w += wave) {
    const group = devices.slice(w, w + wave);
    for (const body of bodies) for (const d of group) queue.push({ token: d.token, body });
  }
  return queue;
}
