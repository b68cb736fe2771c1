import { compareDeviceKeys, DEVICE_KEY_WORDS, DeviceKey, formatDeviceKey, parseDeviceKey } from '../devices/device-key';

const WORDS = DEVICE_KEY_WORDS;
/**
 * A module-level binding of the shared comparison: the compiled CommonJS reaches an imported function through
 * its module's export getter at every call, and a poll's lookups compare words a few dozen times.
 */
const compareWords = compareDeviceKeys;
const COMPACT_AT = 50_000;
const MAX_DIRECTORY_BITS = 16;

/**
 * Device id -> status index for one rollout, compact enough for millions of devices (D6: "keep memory bounded as
 * the fleet grows") and cheap enough to ask on every poll. A Map with 64-character string keys costs ~200 bytes
 * per device and its keys are garbage-collected heap; here the bulk lives off the JS heap in one sorted
 * Uint32Array of ids (eight big-endian 32-bit words per 32-byte id, so comparing words compares bytes) and a
 * Uint8Array of statuses: 33 bytes per device. A directory indexed by an id's leading bits narrows a lookup to a
 * handful of rows (device ids are SHA-256 fingerprints, so they spread evenly), then a binary search in plain JS.
 * Devices added since the last compaction sit in a small Map until it is folded in.
 */
export class DeviceStateTable {
  private ids = new Uint32Array(0);
  private statuses = new Uint8Array(0);
  private recent = new Map<string, number>();
  /** Rows whose first word starts with prefix p are at [directory[p], directory[p + 1]). */
  private directory = new Uint32Array(2);
  private directoryShift = 32;

  get size(): number {
    return this.statuses.length + this.recent.size;
  }

  get(deviceId: string): number | undefined {
    return this.getByKey(DeviceKey.of(deviceId));
  }

  getByKey(key: DeviceKey): number | undefined {
    if (this.recent.size > 0) {
      const recent = this.recent.get(key.id);
      if (recent !== undefined) return recent;
    }
    const i = key.valid ? this.indexOf(key.words) : -1;
    return i < 0 ? undefined : this.statuses[i];
  }

  set(deviceId: string, status: number): void {
    const key = DeviceKey.of(deviceId);
    const i = key.valid ? this.indexOf(key.words) : -1;
    if (i >= 0) {
      this.statuses[i] = status;
      return;
    }
    this.recent.set(deviceId, status);
    if (this.recent.size >= COMPACT_AT) this.compact();
  }

  /** Folds the recent entries into the sorted arrays (a merge: linear in the table's size). */
  compact(): void {
    const added: { key: DeviceKey; status: number }[] = [];
    const kept = new Map<string, number>();
    for (const [id, status] of this.recent) {
      const key = DeviceKey.of(id);
      if (key.valid) added.push({ key, status });
      else kept.set(id, status);
    }
    if (added.length === 0) return;
    added.sort((x, y) => compareWords(x.key.words, 0, y.key.words, 0));
    this.recent = kept;
    const old = this.statuses.length;
    const total = old + added.length;
    const ids = new Uint32Array(total * WORDS);
    const statuses = new Uint8Array(total);
    let a = 0;
    let b = 0;
    for (let out = 0; out < total; out += 1) {
      if (a < old && (b >= added.length || compareWords(this.ids, a * WORDS, added[b].key.words, 0) < 0)) {
        ids.set(this.ids.subarray(a * WORDS, (a + 1) * WORDS), out * WORDS);
        statuses[out] = this.statuses[a++];
      } else {
        ids.set(added[b].key.words, out * WORDS);
        statuses[out] = added[b++].status;
      }
    }
    this.ids = ids;
    this.statuses = statuses;
    this.buildDirectory();
  }

  /** Builds the table from rows in ascending id order (a database page walk), without a Map in between. */
  static fromSortedPages(pages: { ids: Uint32Array; statuses: Uint8Array }[]): DeviceStateTable {
    const table = new DeviceStateTable();
    const total = pages.reduce((n, p) => n + p.statuses.length, 0);
    table.ids = new Uint32Array(total * WORDS);
    table.statuses = new Uint8Array(total);
    let at = 0;
    for (const p of pages) {
      table.ids.set(p.ids, at * WORDS);
      table.statuses.set(p.statuses, at);
      at += p.statuses.length;
    }
    // A database collation that does not order hex ids bytewise would break the search: re-sort then.
    for (let i = 1; i < total; i += 1) {
      if (compareWords(table.ids, (i - 1) * WORDS, table.ids, i * WORDS) < 0) continue;
      const unsorted = new DeviceStateTable();
      for (let j = 0; j < total; j += 1) unsorted.recent.set(formatDeviceKey(table.ids, j * WORDS), table.statuses[j]);
      unsorted.compact();
      return unsorted;
    }
    table.buildDirectory();
    return table;
  }

  /** Encodes one page of rows (ascending ids) for `fromSortedPages`; rows with non-hex ids go to `rest`. */
  static encodePage(rows: { id: string; status: number }[], rest: Map<string, number>): { ids: Uint32Array; statuses: Uint8Array } {
    const ids = new Uint32Array(rows.length * WORDS);
    const statuses = new Uint8Array(rows.length);
    let n = 0;
    for (const r of rows) {
      if (!parseDeviceKey(r.id, ids, n * WORDS)) {
        rest.set(r.id, r.status);
        continue;
      }
      statuses[n++] = r.status;
    }
    return { ids: ids.subarray(0, n * WORDS), statuses: statuses.subarray(0, n) };
  }

  /** Adds entries kept aside by `encodePage`. */
  addRecent(entries: Map<string, number>): void {
    for (const [id, status] of entries) this.recent.set(id, status);
  }

  private buildDirectory(): void {
    const n = this.statuses.length;
    // About one to two rows per directory slot, at most 2^16 slots (256 KB).
    const bits = Math.min(MAX_DIRECTORY_BITS, Math.max(0, Math.floor(Math.log2(n + 1))));
    const slots = 2 ** bits;
    const directory = new Uint32Array(slots + 1);
    const shift = 32 - bits;
    let row = 0;
    for (let p = 0; p < slots; p += 1) {
      directory[p] = row;
      while (row < n && (bits === 0 ? 0 : this.ids[row * WORDS] >>> shift) === p) row += 1;
    }
    directory[slots] = n;
    this.directory = directory;
    this.directoryShift = shift;
  }

  private indexOf(key: Uint32Array): number {
    if (this.statuses.length === 0) return -1;
    const prefix = this.directoryShift === 32 ? 0 : key[0] >>> this.directoryShift;
    let lo = this.directory[prefix];
    let hi = this.directory[prefix + 1] - 1;
    const ids = this.ids;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareWords(key, 0, ids, mid * WORDS);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }
}
