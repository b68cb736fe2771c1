import { generateKeyPair } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const generate = promisify(generateKeyPair);

export interface DeviceKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

export const DEFAULT_KEY_CACHE = path.join(os.tmpdir(), 'ota-agent-device-keys');

/**
 * RSA-2048 device keys for emulated fleets. Generating a key is the slowest part of manufacturing a device
 * (~50 ms of CPU), so keys are made on libuv's thread pool, in parallel, and cached in `cacheDir` so a second
 * fleet of the same size starts at once. Key i is always the same file: fleets are reproducible.
 */
export async function deviceKeyPairs(count: number, cacheDir = DEFAULT_KEY_CACHE): Promise<DeviceKeyPair[]> {
  fs.mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
  return Promise.all(Array.from({ length: count }, (_, i) => cachedKeyPair(path.join(cacheDir, `${i}.json`))));
}

async function cachedKeyPair(file: string): Promise<DeviceKeyPair> {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DeviceKeyPair;
  const { publicKey, privateKey } = await generate('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const pair = { publicKeyPem: publicKey, privateKeyPem: privateKey };
  // Written under a temporary name and renamed, so a concurrent fleet never reads half a key.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(pair), { mode: 0o600 });
  fs.renameSync(tmp, file);
  return pair;
}
