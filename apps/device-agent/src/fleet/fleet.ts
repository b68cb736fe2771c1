import { setMaxListeners } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DeviceRolloutStatus, KeyOutcome } from '@app/protocol';
import { Agent, type AgentEvent } from '../agent/agent';
import { EmulatedDevice } from '../device/emulated-device';
import { CLOUD_MESSAGING_SURFACE, planFleet, type FleetMix, type PlannedDevice } from './fleet-plan';
import { summarise, type DeviceResult, type FleetSummary } from './fleet-summary';
import { deviceKeyPairs } from './key-pool';

export interface FleetOptions {
  serverUrl: string;
  devices: number;
  /** Where the devices' directories go (`<dir>/device-<i>`); existing devices are reopened, not remade. */
  dir: string;
  factoryCa: { certPem: string; privateKeyPem: string };
  pinnedRootJson: string;
  /** The server TLS CA the devices' firmware pins (D5 transport); needed for an https server URL. */
  pinnedServerCaPem?: string;
  mix: FleetMix;
  /** Agents' sleeps (pollAfterSeconds, backoff) are multiplied by this: 0.01 turns a minute into 0.6 s. */
  timeScale: number;
  seed?: number;
  keyCacheDir?: string;
  now?: () => Date;
  onEvent?: (device: PlannedDevice, event: AgentEvent) => void;
}

interface Member {
  plan: PlannedDevice;
  device: EmulatedDevice;
  agent: Agent;
  status?: DeviceRolloutStatus;
  code?: string;
  outcomes: KeyOutcome[];
}

/** N emulated devices, each a real agent with emulated hardware, in one process (D6). */
export class Fleet {
  private constructor(
    private readonly members: Member[],
    private readonly options: FleetOptions,
  ) {}

  static async create(options: FleetOptions): Promise<Fleet> {
    const plans = planFleet(options.devices, options.mix, options.seed);
    const keys = await deviceKeyPairs(options.devices, options.keyCacheDir);
    const now = options.now ?? (() => new Date());
    fs.mkdirSync(options.dir, { recursive: true });
    const members: Member[] = [];
    for (const plan of plans) {
      const dir = path.join(options.dir, `device-${plan.index}`);
      const faults = { failBoot: () => plan.failsBoot };
      let device: EmulatedDevice;
      if (fs.existsSync(path.join(dir, 'slots.json'))) {
        device = await EmulatedDevice.open(dir, { faults, now });
      } else {
        await EmulatedDevice.manufacture({
          dir,
          profile: plan.profile,
          factoryCa: options.factoryCa,
          pinnedRootJson: options.pinnedRootJson,
          pinnedServerCaPem: options.pinnedServerCaPem,
          keyPair: keys[plan.index],
          now: now(),
        });
        device = await EmulatedDevice.open(dir, { faults, now });
        // D0: some owners had turned Cloud Messaging on themselves before the update.
        if (plan.userEnabled) await device.setUserValue('cloud_messaging.enabled', true, CLOUD_MESSAGING_SURFACE);
      }
      members.push({ plan, device, agent: undefined as unknown as Agent, outcomes: [] });
    }
    const fleet = new Fleet(members, options);
    for (const m of members)
      m.agent = new Agent({ serverUrl: options.serverUrl, device: m.device, timeScale: options.timeScale, onEvent: (e) => void fleet.observe(m, e) });
    return fleet;
  }

  get size(): number {
    return this.members.length;
  }

  devices(): EmulatedDevice[] {
    return this.members.map((m) => m.device);
  }

  /** Each device with what it was planned to be and the last status it reported. */
  entries(): { plan: PlannedDevice; device: EmulatedDevice; status?: DeviceRolloutStatus }[] {
    return this.members.map((m) => ({ plan: m.plan, device: m.device, status: m.status }));
  }

  /** Runs every agent until `signal` aborts; resolves with the summary. */
  async run(signal: AbortSignal): Promise<FleetSummary> {
    // Every agent waits on the one signal: N listeners are expected, not a leak.
    setMaxListeners(this.members.length + 16, signal);
    await Promise.all(this.members.map((m) => m.agent.run(signal)));
    return this.summary();
  }

  summary(): FleetSummary {
    const results: DeviceResult[] = this.members.map((m) => ({
      model: m.plan.profile.model,
      status: m.status ?? 'not offered',
      code: m.code,
      outcomes: m.outcomes,
    }));
    return summarise(results);
  }

  private async observe(m: Member, e: AgentEvent): Promise<void> {
    this.options.onEvent?.(m.plan, e);
    if (e.type !== 'status') return;
    m.status = e.status;
    m.code = e.code;
    if (e.outcomes) m.outcomes = e.outcomes;
    // Some owners reset their phone after the update: Cloud Messaging must come back off, without consent.
    if (e.status === 'succeeded' && m.plan.resetsAfterUpdate) await m.device.factoryReset();
  }
}
