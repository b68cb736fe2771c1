/**
 * The factory (D5): a key pair and a certificate from the factory CA, a hardware identity, the pinned
 * root.json of the firmware and its pinned server TLS CA (when it has one), the settings initialised from the firmware's factory defaults, slot A running the
 * shipped firmware. `slots.json` is written last, so a half-made device is never taken for a finished one.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { generateDeviceKeyPair, issueDeviceCertificate, type KeyPairPem } from '@app/pki';
import { initialiseState, openFileStorage, type SettingValue } from '@app/settings';
import semver from 'semver';
import { z } from 'zod';
import { DeviceError } from './device-error';
import { devicePath, writeFileDurably, writeJsonDurably } from './device-files';
import { initialSlotTable } from './firmware-slots';
import { generateHardwareIdentity } from './hardware-identity';
import type { DeviceProfile } from '@app/protocol';

export type { DeviceProfile };

export interface ManufactureOptions {
  dir: string;
  profile: DeviceProfile;
  factoryCa: { certPem: string; privateKeyPem: string };
  pinnedRootJson: string;
  /** The server TLS CA the firmware pins (D5 transport); without it the device reaches plain-HTTP servers only. */
  pinnedServerCaPem?: string;
  factoryDefaults?: Record<string, SettingValue>;
  /** A pre-made RSA key pair (tests and the fleet keep a pool: key generation is the slow part). */
  keyPair?: KeyPairPem;
  now: Date;
}

/** What the firmware ships with before any OTA (D0: Cloud Messaging on out of the box). */
export const DEFAULT_FACTORY_DEFAULTS: Readonly<Record<string, SettingValue>> = {
  'cloud_messaging.enabled': true,
  'cloud_messaging.encrypt_identifiers': false,
};

/** How long a factory certificate is valid: the service life of the handset. */
const CERTIFICATE_VALID_DAYS = 3650;

const label = z.string().regex(/^[A-Za-z0-9._-]{1,32}$/, 'expected 1-32 of A-Z a-z 0-9 . _ -');
/** The device profile as manufactured; the running firmware version lives in the slot table afterwards. */
export const storedProfileSchema = z.strictObject({ model: label, region: label, channel: label });
const versionSchema = z.string().refine((v) => semver.valid(v) === v, 'expected a semver version such as 5.8.0');

function validateProfile(profile: DeviceProfile): void {
  const problems = [
    ...(storedProfileSchema.safeParse({ model: profile.model, region: profile.region, channel: profile.channel }).error?.issues ?? []),
    ...(versionSchema.safeParse(profile.firmwareVersion).error?.issues.map((i) => ({ ...i, path: ['firmwareVersion'] })) ?? []),
  ];
  if (problems.length === 0) return;
  const found = problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ');
  throw new DeviceError('INVALID_INPUT', `expected a valid device profile, got ${found}`);
}

async function writeIdentity(o: ManufactureOptions): Promise<void> {
  const keys = o.keyPair ?? generateDeviceKeyPair();
  const certificatePem = issueDeviceCertificate({ ca: o.factoryCa, devicePublicKeyPem: keys.publicKeyPem, now: o.now, validDays: CERTIFICATE_VALID_DAYS });
  await writeFileDurably(devicePath(o.dir, 'privateKey'), keys.privateKeyPem, 0o600);
  await writeFileDurably(devicePath(o.dir, 'publicKey'), keys.publicKeyPem);
  await writeFileDurably(devicePath(o.dir, 'certificate'), certificatePem);
}

/** The firmware's trust anchor must at least be a JSON object; tuf-js verifies the rest at the first refresh. */
function validatePinnedRoot(json: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    doc = undefined;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new DeviceError('INVALID_INPUT', `expected the pinned root.json to be a JSON object, got ${json.length} bytes that are not`);
  }
}

/** Writes a complete device directory. Throws `DEVICE_EXISTS` rather than overwrite a device. */
export async function writeNewDevice(o: ManufactureOptions): Promise<void> {
  if (existsSync(devicePath(o.dir, 'slots'))) throw new DeviceError('DEVICE_EXISTS', `expected an empty device directory, found a device in ${o.dir}`);
  validateProfile(o.profile);
  validatePinnedRoot(o.pinnedRootJson);
  await writeIdentity(o);
  await writeJsonDurably(devicePath(o.dir, 'hardware'), generateHardwareIdentity(o.profile.region), 0o600);
  await writeJsonDurably(devicePath(o.dir, 'profile'), { model: o.profile.model, region: o.profile.region, channel: o.profile.channel });
  await writeFileDurably(devicePath(o.dir, 'pinnedRoot'), o.pinnedRootJson);
  if (o.pinnedServerCaPem !== undefined) await writeFileDurably(devicePath(o.dir, 'pinnedServerCa'), o.pinnedServerCaPem);
  await mkdir(devicePath(o.dir, 'tufTargets'), { recursive: true });
  const storage = await openFileStorage(devicePath(o.dir, 'settings'));
  await initialiseState(storage, { ...(o.factoryDefaults ?? DEFAULT_FACTORY_DEFAULTS) }, { now: o.now });
  await writeJsonDurably(devicePath(o.dir, 'slots'), initialSlotTable(o.profile.firmwareVersion));
}
