/**
 * Devices whose session tokens the bench mints itself, for runs that need far more distinct devices than real
 * sessions allow (a device key costs ~0.1 s to make, its session an RSA verification): polls from 10,000+ devices
 * and report ingestion from tens of thousands. A token is what the server itself issues at POST /device/v1/session
 * (`SessionTokens.issueSession` with the server's MAC key, which the server keeps in the `server_secret` table),
 * for claims that match the device's seeded row; the server verifies it as it verifies any token, so a poll or
 * report with it takes the same path as one with a token from a real session. Only the session proof is skipped,
 * and the real-session devices measure that.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { bucketOf, cohortSize } from '@app/rollout';
import { SessionTokens, type DeviceClaims } from '../../apps/ota-server/src/devices/session-tokens';
import { oldFirmwareProfile, syntheticDevice, type SeededDevice } from './seed-fleet';

/** The server's device-session MAC key (hex in `server_secret`), there once a server has started on the file. */
export function readSessionMacKey(dbFile: string): Buffer {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db.prepare("SELECT value FROM server_secret WHERE name = 'device-session-mac'").get() as { value: string } | undefined;
    if (!row) throw new Error(`no device-session-mac in ${dbFile}: has a server started on it?`);
    return Buffer.from(row.value, 'hex');
  } finally {
    db.close();
  }
}

/** Session tokens for these devices, valid for `ttlSeconds` from `now` (the server's SESSION_TTL_SECONDS). */
export function mintTokens(macKey: Buffer, devices: readonly DeviceClaims[], o: { now: Date; ttlSeconds: number }): string[] {
  const tokens = new SessionTokens(macKey);
  const expiresAt = new Date(o.now.getTime() + o.ttlSeconds * 1000);
  return devices.map((d) =>
    tokens.issueSession({ id: d.id, model: d.model, firmwareVersion: d.firmwareVersion, channel: d.channel, region: d.region }, expiresAt),
  );
}

const inCohort = (deviceId: string, salt: string, percent: number) => bucketOf(deviceId, salt) < cohortSize(percent);

/**
 * `count` seeded synthetic devices that poll with nothing to install: succeeded in the whole-fleet rollout (so on
 * 5.9.0, outside its audience), stable channel (outside the beta-only rollout), and outside both the 1 % and the
 * 10 % rollouts' cohorts (D4 `bucketOf` with their salts). Spread over the whole registry, as a fleet's are.
 */
export function pollingSyntheticDevices(synthetic: number, salts: { cohort: string; offer: string }, count: number): SeededDevice[] {
  const out: SeededDevice[] = [];
  for (let i = 0; i < synthetic && out.length < count; i += 1) {
    const d = syntheticDevice(i);
    if (d.status !== 'succeeded' || d.channel !== 'stable' || inCohort(d.id, salts.cohort, 1) || inCohort(d.id, salts.offer, 10)) continue;
    out.push(d);
  }
  if (out.length < count) throw new Error(`only ${out.length} of ${synthetic} synthetic devices poll with nothing to install; ${count} wanted`);
  return out;
}

/** The i-th report-ingestion device: on old firmware, seeded `offered` the whole-fleet rollout (not started). */
export function ingestionDevice(i: number): SeededDevice {
  return { id: createHash('sha256').update(`bench-ingest-${i}`).digest('hex'), ...oldFirmwareProfile(i), status: 'offered' };
}
