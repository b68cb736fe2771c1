import type { DeviceProfile } from '@app/protocol';
import { DEVICE_KEY_WORDS as WORDS, formatDeviceKey, parseDeviceKey, type DeviceKey } from './device-key';

/** What a check-in records: the device, what it runs and where, when it was seen. */
export interface Checkin extends DeviceProfile {
  id: string;
  /** Milliseconds since the epoch. */
  seenAt: number;
}

export type Profile = Omit<Checkin, 'id' | 'seenAt'>;

/**
 * Check-ins between two flushes, appended by every poll (D6: no synchronous write on the hot path). A record is
 * the device id as eight 32-bit words, a profile number and a time, in typed arrays that grow by doubling: no
 * object per poll, nothing for the garbage collector to copy or promote while it waits for the flush, and
 * nothing that grows with the fleet (a flush interval's polls at most). Profiles (model, firmware, channel,
 * region) are interned per interval; fleets have few.
 */
export class CheckinLog {
  private ids = new Uint32Array(0);
  private profileOf = new Uint32Array(0);
  private seenAt = new Float64Array(0);
  private count = 0;
  private profiles = new Map<string, number>();
  private profileList: Profile[] = [];
  /** Ids that are not 64 hex digits (never a real device's; kept as strings rather than break the encoding). */
  private odd = new Map<string, Checkin>();

  get size(): number {
    return this.count + this.odd.size;
  }

  /**
   * Records a check-in. `profileKey` must identify (model, firmware, channel, region): the caller has it at
   * hand (see SessionTokens), which spares building it here; so may be the id, already parsed (`key`).
   */
  add(device: Profile & { id: string }, profileKey: string, seenAt: number, key?: DeviceKey): void {
    if (this.count === this.seenAt.length) this.grow();
    let parsed: boolean;
    if (key !== undefined && key.id === device.id) {
      parsed = key.valid;
      if (parsed) this.ids.set(key.words, this.count * WORDS);
    } else {
      parsed = parseDeviceKey(device.id, this.ids, this.count * WORDS);
    }
    if (!parsed) {
      this.odd.set(device.id, {
        id: device.id,
        model: device.model,
        firmwareVersion: device.firmwareVersion,
        channel: device.channel,
        region: device.region,
        seenAt,
      });
      return;
    }
    let profile = this.profiles.get(profileKey);
    if (profile === undefined) {
      profile = this.profileList.length;
      this.profileList.push({ model: device.model, firmwareVersion: device.firmwareVersion, channel: device.channel, region: device.region });
      this.profiles.set(profileKey, profile);
    }
    this.profileOf[this.count] = profile;
    this.seenAt[this.count] = seenAt;
    this.count += 1;
  }

  /**
   * The recorded check-ins as a batch of typed arrays (structured-clonable: copied to the write worker by
   * memcpy, not object by object); the log starts over empty. Undefined when there is nothing.
   */
  take(): CheckinBatch | undefined {
    if (this.size === 0) return undefined;
    const n = this.count;
    const batch: CheckinBatch = {
      ids: this.ids.slice(0, n * WORDS),
      profileOf: this.profileOf.slice(0, n),
      seenAt: this.seenAt.slice(0, n),
      profiles: this.profileList,
      odd: [...this.odd.values()],
    };
    this.count = 0;
    this.profiles = new Map();
    this.profileList = [];
    this.odd = new Map();
    // A burst leaves big arrays behind: give them back once it is over.
    if (this.seenAt.length > 4096 && n < this.seenAt.length / 4) {
      this.ids = new Uint32Array(0);
      this.profileOf = new Uint32Array(0);
      this.seenAt = new Float64Array(0);
    }
    return batch;
  }

  /** The recorded check-ins, the latest per device; the log starts over empty. */
  drain(): Checkin[] {
    const batch = this.take();
    return batch ? latestCheckins(batch) : [];
  }

  private grow(): void {
    const capacity = Math.max(1024, this.seenAt.length * 2);
    const ids = new Uint32Array(capacity * WORDS);
    ids.set(this.ids);
    const profileOf = new Uint32Array(capacity);
    profileOf.set(this.profileOf);
    const seenAt = new Float64Array(capacity);
    seenAt.set(this.seenAt);
    this.ids = ids;
    this.profileOf = profileOf;
    this.seenAt = seenAt;
  }
}

/** A batch taken from the log: records of eight id words, a profile number and a time. */
export interface CheckinBatch {
  ids: Uint32Array;
  profileOf: Uint32Array;
  seenAt: Float64Array;
  profiles: Profile[];
  /** Check-ins of ids that are not 64 hex digits, kept as they are. */
  odd: Checkin[];
}

export const checkinBatchSize = (b: CheckinBatch): number => b.seenAt.length + b.odd.length;

/** The latest check-in per device of a batch (the write job runs this: off the event loop on sqlite). */
export function latestCheckins(batch: CheckinBatch): Checkin[] {
  const latest: Checkin[] = [];
  for (const i of latestPerDevice(batch.ids, batch.seenAt.length)) {
    const id = formatDeviceKey(batch.ids, i * WORDS);
    const p = batch.profiles[batch.profileOf[i]];
    latest.push({ id, model: p.model, firmwareVersion: p.firmwareVersion, channel: p.channel, region: p.region, seenAt: batch.seenAt[i] });
  }
  latest.push(...batch.odd);
  return latest;
}

/**
 * Index of each device's last record: an open-addressing table of record numbers keyed by the id words (ids
 * are SHA-256 fingerprints, so their first word spreads evenly), a few milliseconds for a busy second's polls.
 */
function latestPerDevice(ids: Uint32Array, n: number): number[] {
  const size = 2 ** Math.ceil(Math.log2(n * 2 + 2));
  const slots = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i += 1) {
    let slot = ids[i * WORDS] & (size - 1);
    for (;;) {
      const j = slots[slot];
      if (j < 0 || sameId(ids, i, j)) break;
      slot = (slot + 1) & (size - 1);
    }
    slots[slot] = i;
  }
  const out: number[] = [];
  for (let s = 0; s < size; s += 1) if (slots[s] >= 0) out.push(slots[s]);
  return out;
}

function sameId(ids: Uint32Array, a: number, b: number): boolean {
  for (let w = 0; w < WORDS; w += 1) if (ids[a * WORDS + w] !== ids[b * WORDS + w]) return false;
  return true;
}
