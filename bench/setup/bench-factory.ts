/**
 * The benchmark's factory: a dev key set (TUF roles + factory CA, `ensureDevKeys`) and device identities
 * (RSA key from the fleet's key pool + a factory certificate). Both are cached in BENCH_CACHE_DIR (default
 * <tmp>/ota-bench-cache) because making them is the slow part of a first run (~60 ms per RSA key on this
 * machine, ~27 ms per node-forge certificate); the key set is remade when its TUF metadata nears expiry.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deviceFingerprint, issueDeviceCertificate } from '@app/pki';
import { ensureDevKeys } from '../../apps/ota-server/src/keys/dev-keys';
import { DEFAULT_KEY_CACHE, deviceKeyPairs, type DeviceKeyPair } from '../../apps/device-agent/src/fleet/key-pool';

export interface DeviceIdentity {
  /** Index in the key pool (key i is always the same key). */
  index: number;
  id: string;
  keys: DeviceKeyPair;
  certificatePem: string;
}

/** The key set must outlive a run by a margin (initial targets metadata expires after 90 days). */
const MIN_REMAINING_MS = 30 * 24 * 3600 * 1000;

export class BenchFactory {
  private constructor(
    /** Where keys, certificates and the last CPU profile are kept between runs. */
    readonly cacheDir: string,
    readonly keysDir: string,
    private readonly certsDir: string,
    readonly factoryCa: { certPem: string; privateKeyPem: string },
    readonly pinnedRootJson: string,
  ) {}

  static async open(cacheDir = process.env.BENCH_CACHE_DIR ?? path.join(os.tmpdir(), 'ota-bench-cache')): Promise<BenchFactory> {
    const keysDir = path.join(cacheDir, 'keys');
    if (fs.existsSync(keysDir) && !keySetStillValid(keysDir)) fs.rmSync(cacheDir, { recursive: true, force: true });
    await ensureKeySet(keysDir);
    const read = (file: string) => fs.readFileSync(path.join(keysDir, file), 'utf8');
    const factoryCa = { certPem: read('factory-ca.cert.pem'), privateKeyPem: read('private/factory-ca.key.pem') };
    // Certificates are only valid under this CA: keep them in a folder named after it.
    const caTag = deviceFingerprint(factoryCa.privateKeyPem).slice(0, 16);
    const certsDir = path.join(cacheDir, `certs-${caTag}`);
    fs.mkdirSync(certsDir, { recursive: true });
    return new BenchFactory(cacheDir, keysDir, certsDir, factoryCa, read('1.root.json'));
  }

  /** Identities `from .. from+count-1` of the key pool, each with its factory certificate. */
  async identities(from: number, count: number): Promise<DeviceIdentity[]> {
    const keys = (await deviceKeyPairs(from + count, process.env.BENCH_KEY_CACHE ?? DEFAULT_KEY_CACHE)).slice(from);
    return keys.map((k, i) => {
      const id = deviceFingerprint(k.publicKeyPem);
      return { index: from + i, id, keys: k, certificatePem: this.certificateFor(id, k) };
    });
  }

  private certificateFor(id: string, keys: DeviceKeyPair): string {
    const file = path.join(this.certsDir, `${id}.pem`);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
    const pem = issueDeviceCertificate({ ca: this.factoryCa, devicePublicKeyPem: keys.publicKeyPem, now: new Date(), validDays: 3650 });
    fs.writeFileSync(`${file}.${process.pid}.tmp`, pem);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
    return pem;
  }
}

/** Made aside and moved into place, so two runs starting at once never mix two key sets. */
async function ensureKeySet(keysDir: string): Promise<void> {
  if (fs.existsSync(keysDir)) return;
  fs.mkdirSync(path.dirname(keysDir), { recursive: true });
  const aside = `${keysDir}.${process.pid}.tmp`;
  await ensureDevKeys(aside);
  try {
    fs.renameSync(aside, keysDir);
  } catch {
    fs.rmSync(aside, { recursive: true, force: true });
    if (!fs.existsSync(keysDir)) throw new Error(`could not create the benchmark key set in ${keysDir}`);
  }
}

function keySetStillValid(keysDir: string): boolean {
  try {
    const expires = (file: string) =>
      Date.parse((JSON.parse(fs.readFileSync(path.join(keysDir, file), 'utf8')) as { signed: { expires: string } }).signed.expires);
    return Math.min(expires('1.root.json'), expires('1.targets.json')) - Date.now() > MIN_REMAINING_MS;
  } catch {
    return false;
  }
}
