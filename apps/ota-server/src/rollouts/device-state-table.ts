/**
 * Device id -> status index for one rollout, compact enough for millions of devices (D6: "keep memory bounded as
 * the fleet grows"). A Map with 64-character string keys costs ~200 bytes per device; here the bulk lives in
 * one sorted Buffer of 32-byte ids and a Uint8Array of statuses (33 bytes per device), found by binary search.
 * Devices added since the last compaction sit in a small Map until it is folded in.
 */
const ID_BYTES = 32;
const HEX_ID = /^[0-9a-f]{64}$/;
const COMPACT_AT = 50_000;

export class DeviceStateTable {
  private ids = Buffer.alloc(0);
  private statuses = new Uint8Array(0);
  private recent = new Map<string, number>();

  get size(): number {
    return this.statuses.length + this.recent.size;
  }

  get(deviceId: string): number | undefined {
    const recent = this.recent.get(deviceId);
    if (recent !== undefined) return recent;
    const i = this.indexOf(deviceId);
    return i < 0 ? undefined : this.statuses[i];
  }

  set(deviceId: string, status: number): void {
    const i = this.indexOf(deviceId);
    if (i >= 0) {
      this.statuses[i] = status;
      return;
    }
    this.recent.set(deviceId, status);
    if (this.recent.size >= COMPACT_AT) this.compact();
  }

  /** Folds the recent entries into the sorted arrays (a merge: linear in the table's size). */
  compact(): void {
    const added = [...this.recent.entries()].filter(([id]) => HEX_ID.test(id)).sort(([x], [y]) => (x < y ? -1 : 1));
    if (added.length === 0) return;
    // Ids that are not 64 hex digits (never a real device's) stay in the map rather than break the encoding.
    this.recent = new Map([...this.recent.entries()].filter(([id]) => !HEX_ID.test(id)));
    const keys = added.map(([id]) => Buffer.from(id, 'hex'));
    const old = this.statuses.length;
    const total = old + added.length;
    const ids = Buffer.alloc(total * ID_BYTES);
    const statuses = new Uint8Array(total);
    let a = 0;
    let b = 0;
    for (let out = 0; out < total; out += 1) {
      // this.ids.compare(key, ...) is the sign of (old id a) - (added id b).
      const oldFirst = a < old && (b >= keys.length || this.ids.compare(keys[b], 0, ID_BYTES, a * ID_BYTES, (a + 1) * ID_BYTES) < 0);
      if (oldFirst) {
        this.ids.copy(ids, out * ID_BYTES, a * ID_BYTES, (a + 1) * ID_BYTES);
        statuses[out] = this.statuses[a++];
      } else {
        keys[b].copy(ids, out * ID_BYTES);
        statuses[out] = added[b++][1];
      }
    }
    this.ids = ids;
    this.statuses = statuses;
  }

  /** Builds the table from rows in ascending id order (a database page walk), without a Map in between. */
  static fromSortedPages(pages: { ids: Buffer; statuses: Uint8Array }[]): DeviceStateTable {
    const table = new DeviceStateTable();
    table.ids = Buffer.concat(pages.map((p) => p.ids));
    table.statuses = new Uint8Array(table.ids.length / ID_BYTES);
    let at = 0;
    for (const p of pages) {
      table.statuses.set(p.statuses, at);
      at += p.statuses.length;
    }
    // A database collation that does not order hex ids bytewise would break the binary search: re-sort then.
    for (let i = 1; i < table.statuses.length; i += 1) {
      if (table.ids.compare(table.ids, (i - 1) * ID_BYTES, i * ID_BYTES, i * ID_BYTES, (i + 1) * ID_BYTES) <= 0) continue;
      const unsorted = new DeviceStateTable();
      for (let j = 0; j < table.statuses.length; j += 1) unsorted.recent.set(table.ids.toString('hex', j * ID_BYTES, (j + 1) * ID_BYTES), table.statuses[j]);
      unsorted.compact();
      return unsorted;
    }
    return table;
  }

  /** Encodes one page of rows (ascending ids) for `fromSortedPages`; rows with non-hex ids go to `rest`. */
  static encodePage(rows: { id: string; status: number }[], rest: Map<string, number>): { ids: Buffer; statuses: Uint8Array } {
    const hex = rows.filter((r) => HEX_ID.test(r.id) || (rest.set(r.id, r.status), false));
    const ids = Buffer.alloc(hex.length * ID_BYTES);
    const statuses = new Uint8Array(hex.length);
    hex.forEach((r, i) => {
      ids.write(r.id, i * ID_BYTES, 'hex');
      statuses[i] = r.status;
    });
    return { ids, statuses };
  }

  /** Adds entries kept aside by `encodePage`. */
  addRecent(entries: Map<string, number>): void {
    for (const [id, status] of entries) this.recent.set(id, status);
  }

  private indexOf(deviceId: string): number {
    if (this.statuses.length === 0 || !HEX_ID.test(deviceId)) return -1;
    const key = Buffer.from(deviceId, 'hex');
    let lo = 0;
    let hi = this.statuses.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = key.compare(this.ids, mid * ID_BYTES, (mid + 1) * ID_BYTES);
      if (c === 0) return mid;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }
}
