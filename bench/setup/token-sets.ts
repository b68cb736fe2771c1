/**
 * Which real-session polling devices go into which run, decided with the server's own cohort rule (D4
 * `bucketOf`) and the rollouts' salts: the no-update set is outside the 1 % rollout's cohort and outside the 10 %
 * rollout's cohort; the 10 % set is nine no-update devices to one device inside the 10 % rollout's cohort,
 * interleaved. And what reporting devices send: their install reports, bound to the release's published target.
 */
import { manifestTargetPath } from '@app/manifest';
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
  if (none.length === 0 || n === 0)
    throw new Error(`too few polling devices to choose from (${devices.length}): ${none.length} without offers, ${offer.length} with`);
  return { noUpdate: none.map((d) => d.token), tenPercentOffers: mixed, offered: n };
}

/** The target a report names (D4: a report is bound to its offer): the manifest's TUF path and SHA-256. */
export interface ReportTarget {
  path: string;
  sha256: string;
}

/**
 * The target a device verified before reporting, read as a device reads it: the published TUF chain
 * (timestamp -> snapshot -> targets, consistent snapshots) lists the manifest's path with its SHA-256.
 */
export async function publishedTarget(url: string, manifest: { stream: string; releaseCounter: number }): Promise<ReportTarget> {
  const get = async <T>(file: string): Promise<T> => {
    const res = await fetch(`${url}/tuf/metadata/${file}`);
    if (!res.ok) throw new Error(`GET /tuf/metadata/${file}: ${res.status}`);
    return (await res.json()) as T;
  };
  type Meta = { signed: { meta: Record<string, { version: number }> } };
  const timestamp = await get<Meta>('timestamp.json');
  const snapshot = await get<Meta>(`${timestamp.signed.meta['snapshot.json'].version}.snapshot.json`);
  const targets = await get<{ signed: { targets: Record<string, { hashes: { sha256: string } }> } }>(
    `${snapshot.signed.meta['targets.json'].version}.targets.json`,
  );
  const path = manifestTargetPath(manifest);
  const listed = targets.signed.targets[path];
  if (!listed) throw new Error(`the published targets do not list ${path}`);
  return { path, sha256: listed.hashes.sha256 };
}

/**
 * The reports a device sends through an install (D4): downloading (naming the target it fetches), installing
 * and succeeded (naming the target and the hash it verified), the last with the outcomes of the Cloud Messaging
 * manifest. The same bodies for every device: the token says which device sends them.
 */
export function installReports(rolloutId: string, target: ReportTarget): string[] {
  const outcomes = [
    { key: 'cloud_messaging.enabled', op: 'setFactoryDefault', result: 'applied' },
    {
      key: 'cloud_messaging.encrypt_identifiers',
      op: 'force',
      result: 'applied',
      reason: 'Identifiers kept for Cloud Messaging are stored encrypted from this release on.',
    },
    { key: 'cloud_messaging.encrypt_identifiers', op: 'setFactoryDefault', result: 'applied' },
  ];
  return [
    JSON.stringify({ rolloutId, status: 'downloading', target: { path: target.path } }),
    JSON.stringify({ rolloutId, status: 'installing', target }),
    JSON.stringify({ rolloutId, status: 'succeeded', target, outcomes }),
  ];
}
