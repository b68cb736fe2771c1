/**
 * The device directory (D2, D5): what an emulated phone keeps on its flash. Only the certificate, the profile
 * and the firmware version ever leave it; `hardware.json` (IMEI, IMSI, phone number) never does (D5).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { fsyncPath } from '@app/settings';
import { DeviceError } from './device-error';

export const DEVICE_FILES = {
  profile: 'device.json',
  hardware: 'hardware.json',
  /** Written last at manufacture: its presence means the device is complete. */
  slots: 'slots.json',
  privateKey: 'identity/device.key.pem',
  publicKey: 'identity/device.pub.pem',
  certificate: 'identity/device.cert.pem',
  settings: 'settings',
  tufMetadata: 'tuf/metadata',
  tufTargets: 'tuf/targets',
  /** The pinned trust anchor shipped with the firmware (D3); tuf-js replaces it as roots rotate. */
  pinnedRoot: 'tuf/metadata/root.json',
  /** The server TLS CA shipped with the firmware (D5 transport): the only CA an https server URL is checked against. */
  pinnedServerCa: 'tls/server-ca.cert.pem',
} as const;

export function devicePath(dir: string, file: keyof typeof DEVICE_FILES): string {
  return join(dir, DEVICE_FILES[file]);
}

/** Write a temp file, fsync it, rename it over `path`, fsync the directory: afterwards `path` is wholly `data`. */
export async function writeFileDurably(path: string, data: string, mode = 0o644): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  await writeFile(tmp, data, { mode });
  await fsyncPath(tmp, 'r+');
  await rename(tmp, path);
  await fsyncPath(dirname(path), 'r');
}

export async function writeJsonDurably(path: string, value: unknown, mode?: number): Promise<void> {
  await writeFileDurably(path, `${JSON.stringify(value, null, 2)}\n`, mode);
}

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new DeviceError('DEVICE_CORRUPT', `expected the device file ${path}, could not read it: ${String(error)}`, { cause: error });
  }
}

/** Reads and validates a device JSON file; a torn or edited file is `DEVICE_CORRUPT`, naming the file. */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DeviceError('DEVICE_CORRUPT', `expected JSON in ${path}, got ${text.length} bytes that do not parse`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).join('; ');
  throw new DeviceError('DEVICE_CORRUPT', `expected a valid ${path}: ${issues}`);
}
