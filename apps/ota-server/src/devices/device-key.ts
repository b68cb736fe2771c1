/**
 * A device id as the hot path's tables hold it (D6): a device id is a SHA-256 fingerprint, 64 lowercase hex
 * digits, kept as eight big-endian 32-bit words so that comparing words compares bytes. The check-in log and
 * the rollouts' device-state tables share this one encoding.
 */
export const DEVICE_KEY_WORDS = 8;

/**
 * Parses a 64-digit lowercase hex id into `out` (eight words from `at`); false (out unspecified) for anything
 * else. Ids that are not 64 hex digits are never a real device's; tables keep them apart rather than break the
 * encoding.
 */
export function parseDeviceKey(id: string, out: Uint32Array, at = 0): boolean {
  if (id.length !== DEVICE_KEY_WORDS * 8) return false;
  for (let w = 0; w < DEVICE_KEY_WORDS; w += 1) {
    let v = 0;
    for (let j = w * 8; j < w * 8 + 8; j += 1) {
      const c = id.charCodeAt(j);
      const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (d < 0) return false;
      v = v * 16 + d;
    }
    out[at + w] = v;
  }
  return true;
}

/** The id whose eight words start at `at` (the inverse of parseDeviceKey). */
export function formatDeviceKey(words: Uint32Array, at = 0): string {
  let hex = '';
  for (let w = 0; w < DEVICE_KEY_WORDS; w += 1) hex += words[at + w].toString(16).padStart(8, '0');
  return hex;
}

/** Sign of (a[ai..ai+8] - b[bi..bi+8]), word by word: the order of the ids' bytes. */
export function compareDeviceKeys(a: Uint32Array, ai: number, b: Uint32Array, bi: number): number {
  for (let w = 0; w < DEVICE_KEY_WORDS; w += 1) {
    const x = a[ai + w];
    const y = b[bi + w];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * A device id parsed once for lookups in several tables (one poll asks every live rollout). Reusable: the hot
 * path keeps one and `load`s each poll's id into it instead of allocating.
 */
export class DeviceKey {
  readonly words = new Uint32Array(DEVICE_KEY_WORDS);
  id = '';
  valid = false;

  static of(id: string): DeviceKey {
    return new DeviceKey().load(id);
  }

  load(id: string): this {
    this.id = id;
    this.valid = parseDeviceKey(id, this.words);
    return this;
  }
}
