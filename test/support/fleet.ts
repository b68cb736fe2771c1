/**
 * Emulated devices for e2e specs: each one a real `EmulatedDevice` (own directory, cached RSA key, factory
 * certificate, pinned root, A/B slots) driven by a real `Agent` over HTTP. Specs drive them in rounds with
 * `pollRound` (one `pollOnce` each) rather than timed `run()` loops, so a rollout is deterministic and fast.
 */
import * as path from 'node:path';
import type { DeviceRolloutStatus, KeyOutcome } from '@app/protocol';
import type { SettingsState } from '@app/settings';
import { Agent, type AgentEvent, type PollOutcome } from '../../apps/device-agent/src/agent/agent';
import { EmulatedDevice, type DeviceFaults, type DeviceProfile } from '../../apps/device-agent/src/device/emulated-device';
import { CLOUD_MESSAGING_SURFACE, type PlannedDevice } from '../../apps/device-agent/src/fleet/fleet-plan';
import { deviceKeyPairs } from '../../apps/device-agent/src/fleet/key-pool';
import type { World } from './world';

export const ENABLED = 'cloud_messaging.enabled';
export const ENCRYPT = 'cloud_messaging.encrypt_identifiers';
export { CLOUD_MESSAGING_SURFACE };
/** The other surface D0 names for turning Cloud Messaging on. */
export const MESSAGING_SURFACE = 'Messaging > Settings';

export interface DeviceSpec {
  profile: DeviceProfile;
  /** D0: the owner set Cloud Messaging on this surface before the update (a consent record when turned on). */
  choice?: { value: boolean; surface: string };
  /** Every trial boot of a newly written slot fails (the device falls back and reports rolled-back). */
  failsBoot?: boolean;
  /** Power cut after the n-th settings write of the first boot. */
  crashAfterWrites?: number;
}

/** A fleet-plan entry (apps/device-agent fleet-plan.ts, as `ota-agent fleet` composes fleets) as a spec. */
export function specFromPlan(plan: PlannedDevice): DeviceSpec {
  return {
    profile: plan.profile,
    failsBoot: plan.failsBoot,
    ...(plan.userEnabled ? { choice: { value: true, surface: CLOUD_MESSAGING_SURFACE } } : {}),
  };
}

export type PollResult = { ok: true; outcome: PollOutcome } | { ok: false; error: unknown };

/**
 * What a device runs and holds that an update may change: the running firmware and its slot, any pending install,
 * the last committed install, and the settings. The inactive slot's image is left out: a failed trial boot leaves
 * its image there, as real A/B devices do, and nothing runs it.
 */
export interface DeviceSnapshot {
  profile: DeviceProfile;
  slots: Omit<SlotTable, 'slots'> & { running: SlotTable['slots'][SlotTable['active']] };
  settings: SettingsState;
}

type SlotTable = ReturnType<EmulatedDevice['slotTable']>;

export class FleetDevice {
  agent!: Agent;
  /** Every agent event of this device, across reboots and server restarts. */
  readonly events: AgentEvent[] = [];
  /** Every poll of this device, in order. */
  readonly polls: PollResult[] = [];
  private serverUrl = '';

  constructor(
    readonly index: number,
    readonly spec: DeviceSpec,
    public device: EmulatedDevice,
    serverUrl: string,
  ) {
    this.connect(serverUrl);
  }

  get id(): string {
    return this.device.id;
  }

  /** A new agent for this device, e.g. after the server restarted on another port. */
  connect(serverUrl: string): void {
    this.serverUrl = serverUrl;
    this.agent = new Agent({ serverUrl, device: this.device, onEvent: (e) => this.events.push(e) });
  }

  /** Power on again (`EmulatedDevice.open` is the boot: journal recovery, slot reconciliation). */
  async reboot(faults?: DeviceFaults): Promise<void> {
    this.device = await EmulatedDevice.open(this.device.dir, { faults });
    this.connect(this.serverUrl);
  }

  async pollOnce(): Promise<PollResult> {
    let result: PollResult;
    try {
      result = { ok: true, outcome: await this.agent.pollOnce() };
    } catch (error) {
      result = { ok: false, error };
    }
    this.polls.push(result);
    return result;
  }

  async snapshot(): Promise<DeviceSnapshot> {
    const { slots, ...table } = this.device.slotTable();
    return { profile: this.device.profile(), slots: { ...table, running: slots[table.active] }, settings: await this.device.settings() };
  }

  /** The statuses this device reported (and the server acknowledged), in order. */
  statusEvents(rolloutId?: string): Extract<AgentEvent, { type: 'status' }>[] {
    return this.events.filter(
      (e): e is Extract<AgentEvent, { type: 'status' }> => e.type === 'status' && (rolloutId === undefined || e.rolloutId === rolloutId),
    );
  }

  lastStatus(rolloutId?: string): { status: DeviceRolloutStatus; code?: string; outcomes?: KeyOutcome[]; detail?: string } | undefined {
    return this.statusEvents(rolloutId).at(-1);
  }

  pollActions(): string[] {
    return this.events.flatMap((e) => (e.type === 'poll' ? [e.action] : []));
  }
}

/**
 * Manufactures and boots one device per spec, with distinct cached keys, made at the server clock's now (their
 * certificates start then), and sets each owner's choice. Faults apply to the first boot only.
 */
export async function manufactureFleet(world: World, specs: DeviceSpec[]): Promise<FleetDevice[]> {
  const first = world.nextKey;
  world.nextKey += specs.length;
  const keys = await deviceKeyPairs(world.nextKey);
  const devices: FleetDevice[] = [];
  for (const [i, spec] of specs.entries()) {
    const index = first + i;
    const dir = path.join(world.devicesDir, `device-${index}`);
    await EmulatedDevice.manufacture({
      dir,
      profile: spec.profile,
      factoryCa: world.factoryCa,
      pinnedRootJson: world.pinnedRootJson,
      pinnedServerCaPem: world.pinnedServerCaPem,
      keyPair: keys[index],
      now: world.server.clock.now(),
    });
    const faults: DeviceFaults = {
      ...(spec.failsBoot ? { failBoot: () => true } : {}),
      ...(spec.crashAfterWrites ? { crashAfterWrites: spec.crashAfterWrites } : {}),
    };
    // The owner's choice is made on a boot without faults, so a power cut counts the update's writes only.
    let device = await EmulatedDevice.open(dir);
    if (spec.choice) await device.setUserValue(ENABLED, spec.choice.value, spec.choice.surface);
    if (spec.failsBoot || spec.crashAfterWrites) device = await EmulatedDevice.open(dir, { faults });
    devices.push(new FleetDevice(index, spec, device, world.server.url));
  }
  return devices;
}

/** One poll per device, a few at a time (the server runs in this process too). */
export async function pollRound(devices: readonly FleetDevice[], concurrency = 6): Promise<Map<FleetDevice, PollResult>> {
  const results = new Map<FleetDevice, PollResult>();
  let next = 0;
  const worker = async () => {
    while (next < devices.length) {
      const d = devices[next++];
      results.set(d, await d.pollOnce());
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, devices.length) }, worker));
  return results;
}

/** A settings state without its instants (they differ between devices by when each one ran). */
export function withoutInstants(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'updatedAt' || key === 'appliedAt' || key === 'at' ? '<instant>' : v)));
}
