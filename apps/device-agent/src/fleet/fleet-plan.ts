import type { DeviceProfile } from '../device/emulated-device';

/** How an emulated fleet is composed (`ota-agent fleet` options). Probabilities are per device, in [0, 1]. */
export interface FleetMix {
  models: string[];
  firmware: string[];
  regions: string[];
  channels: string[];
  /** Share of devices whose new firmware fails to boot (they roll back). */
  failRate: number;
  /** Share of devices whose user turned Cloud Messaging on (with its consent surface) before the update. */
  userEnabled: number;
  /** Share of devices that factory-reset after a successful update. */
  factoryReset: number;
  /** Restrict injected boot failures to these models (empty: any model). */
  failModels: string[];
}

export interface PlannedDevice {
  index: number;
  profile: DeviceProfile;
  failsBoot: boolean;
  userEnabled: boolean;
  resetsAfterUpdate: boolean;
}

export const DEFAULT_MIX: FleetMix = {
  models: ['mi-3', 'mi-4', 'redmi-1s', 'redmi-note'],
  firmware: ['5.8.0', '5.8.1', '5.8.2'],
  regions: ['cn', 'in', 'sg', 'my', 'id'],
  channels: ['stable'],
  failRate: 0,
  userEnabled: 0.3,
  factoryReset: 0.1,
  failModels: [],
};

export const CLOUD_MESSAGING_SURFACE = 'Settings > Mi Cloud > Cloud Messaging';

/**
 * A deterministic fleet for a seed: device i gets models/firmware/regions/channels round-robin (so every mix
 * value is present) and its traits from a seeded generator, so a run can be repeated exactly.
 */
export function planFleet(count: number, mix: FleetMix, seed = 1): PlannedDevice[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const profile: DeviceProfile = {
      model: mix.models[index % mix.models.length],
      firmwareVersion: mix.firmware[Math.floor(index / mix.models.length) % mix.firmware.length],
      region: mix.regions[index % mix.regions.length],
      channel: mix.channels[index % mix.channels.length],
    };
    const mayFail = mix.failModels.length === 0 || mix.failModels.includes(profile.model);
    return {
      index,
      profile,
      failsBoot: mayFail && random() < mix.failRate,
      userEnabled: random() < mix.userEnabled,
      resetsAfterUpdate: random() < mix.factoryReset,
    };
  });
}

/** mulberry32: small, fast, good enough to compose a test fleet reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
