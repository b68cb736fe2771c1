/**
 * An emulated handset (D2, D5): identity, hardware identity, settings store, pinned TUF root and A/B firmware
 * slots in one directory. `open` is the boot: it recovers the settings journal first, then settles a pending
 * firmware slot against what the settings committed (firmware-slots.ts), so the device always comes up wholly
 * old or wholly new. Faults (a failed boot, a power cut after the n-th settings write) are injected here.
 */
import { existsSync } from 'node:fs';
import { deviceFingerprint } from '@app/pki';
import type { KeyOutcome } from '@app/protocol';
import {
  type ApplyContext,
  type MigrationOp,
  type RecoveryReport,
  type SettingValue,
  type SettingsState,
  type SettingsStorage,
  applyAtomically,
  applyMigrations,
  factoryResetAtomically,
  isSettingsError,
  loadState,
  openFileStorage,
  recoverAtBoot,
  saveState,
  setUserValue,
} from '@app/settings';
import { DeviceError } from './device-error';
import { devicePath, readJsonFile, readTextFile, writeJsonDurably } from './device-files';
import {
  type BootReconciliation,
  type InstalledRelease,
  type SlotTable,
  activeVersion,
  reconcileAtBoot,
  slotTableSchema,
  withImageWritten,
  withInstallReported,
  withPendingActivated,
  withPendingDropped,
} from './firmware-slots';
import { type HardwareIdentity, hardwareIdentitySchema } from './hardware-identity';
import { type DeviceProfile, type ManufactureOptions, storedProfileSchema, writeNewDevice } from './manufacture';

export type { HardwareIdentity } from './hardware-identity';
export type { InstalledRelease } from './firmware-slots';
export { DEFAULT_FACTORY_DEFAULTS, type DeviceProfile, type ManufactureOptions } from './manufacture';

export interface DeviceFaults {
  /** Asked at each trial boot of a newly written slot; true makes that boot fail. */
  failBoot?: () => boolean;
  /** Cut the power right after the n-th settings write since boot (@app/settings fault injection). */
  crashAfterWrites?: number;
}

export interface OpenOptions {
  faults?: DeviceFaults;
  now?: () => Date;
}

/** What this boot had to repair: the settings journal and the firmware slots. */
export interface BootReport {
  settings: RecoveryReport;
  slots: BootReconciliation;
}

/** What the agent installs once every D3 check has passed. */
export interface ReleaseToInstall {
  manifestId: string;
  stream: string;
  releaseCounter: number;
  firmwareVersion: string;
  migrations: readonly MigrationOp[];
}

export type InstallResult = { kind: 'installed'; outcomes: KeyOutcome[] } | { kind: 'boot-failed' };

interface DeviceParts {
  id: string;
  certificatePem: string;
  privateKeyPem: string;
  profile: Omit<DeviceProfile, 'firmwareVersion'>;
  hardware: HardwareIdentity;
  pinnedServerCaPem?: string;
  storage: SettingsStorage;
  slots: SlotTable;
  boot: BootReport;
}

export class EmulatedDevice {
  /** The device fingerprint: SHA-256 of the SPKI DER of its public key (D5), never an IMEI. */
  readonly id: string;
  readonly bootReport: BootReport;
  private slots: SlotTable;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly parts: DeviceParts,
    private readonly faults: DeviceFaults,
    private readonly now: () => Date,
  ) {
    this.id = parts.id;
    this.slots = parts.slots;
    this.bootReport = parts.boot;
  }

  static async manufacture(o: ManufactureOptions): Promise<EmulatedDevice> {
    await writeNewDevice(o);
    return EmulatedDevice.open(o.dir);
  }

  /** Boots the device in `dir`: settings recovery first, then the slot table, then everything else. */
  static async open(dir: string, o: OpenOptions = {}): Promise<EmulatedDevice> {
    if (!existsSync(devicePath(dir, 'slots')))
      throw new DeviceError('DEVICE_MISSING', `expected a manufactured device in ${dir}, found no ${devicePath(dir, 'slots')}`);
    const storage = await openFileStorage(devicePath(dir, 'settings'), { crashAfterWrites: o.faults?.crashAfterWrites });
    const settings = await recoverAtBoot(storage);
    const state = await loadState(storage);
    const reconciled = reconcileAtBoot(await readJsonFile(devicePath(dir, 'slots'), slotTableSchema), state.releaseCounters);
    if (reconciled.action !== 'none') await writeJsonDurably(devicePath(dir, 'slots'), reconciled.table);
    const publicKeyPem = await readTextFile(devicePath(dir, 'publicKey'));
    const parts: DeviceParts = {
      id: deviceFingerprint(publicKeyPem),
      certificatePem: await readTextFile(devicePath(dir, 'certificate')),
      privateKeyPem: await readTextFile(devicePath(dir, 'privateKey')),
      profile: await readJsonFile(devicePath(dir, 'profile'), storedProfileSchema),
      hardware: await readJsonFile(devicePath(dir, 'hardware'), hardwareIdentitySchema),
      ...(existsSync(devicePath(dir, 'pinnedServerCa')) ? { pinnedServerCaPem: await readTextFile(devicePath(dir, 'pinnedServerCa')) } : {}),
      storage,
      slots: reconciled.table,
      boot: { settings, slots: reconciled.action },
    };
    return new EmulatedDevice(dir, parts, o.faults ?? {}, o.now ?? (() => new Date()));
  }

  /** The running profile: the firmware version is the active slot's. */
  profile(): DeviceProfile {
    return { ...this.parts.profile, firmwareVersion: activeVersion(this.slots) };
  }

  /** IMEI, IMSI and phone number: for the device's own use; no code path sends them anywhere. */
  hardware(): HardwareIdentity {
    return { ...this.parts.hardware };
  }

  /** What the device presents to open a session (D5): its factory certificate and the key to sign a nonce. */
  credentials(): { certificatePem: string; privateKeyPem: string } {
    return { certificatePem: this.parts.certificatePem, privateKeyPem: this.parts.privateKeyPem };
  }

  /** The server TLS CA from the firmware (D5 transport), if it ships one: what an https server must chain to. */
  pinnedServerCa(): string | undefined {
    return this.parts.pinnedServerCaPem;
  }

  /** Where tuf-js keeps this device's trusted metadata (starting from the pinned root) and downloaded targets. */
  tufDirs(): { metadataDir: string; targetsDir: string } {
    return { metadataDir: devicePath(this.dir, 'tufMetadata'), targetsDir: devicePath(this.dir, 'tufTargets') };
  }

  slotTable(): SlotTable {
    return structuredClone(this.slots);
  }

  lastInstall(): SlotTable['lastInstall'] {
    return structuredClone(this.slots.lastInstall);
  }

  settings(): Promise<SettingsState> {
    return this.exclusive(() => loadState(this.parts.storage));
  }

  /** A user's change, durably; a named surface (e.g. "Settings > Mi Cloud > Cloud Messaging") records consent. */
  setUserValue(key: string, value: SettingValue, surface?: string): Promise<void> {
    return this.exclusive(async () => {
      const state = await loadState(this.parts.storage);
      await saveState(this.parts.storage, setUserValue(state, key, value, { now: this.now(), surface }));
    });
  }

  /** D2 factory reset, atomic across power loss: every setting takes the current firmware's factory default. */
  factoryReset(): Promise<void> {
    return this.exclusive(async () => void (await factoryResetAtomically(this.parts.storage, { now: this.now() })));
  }

  /**
   * The A/B install, ordered for power loss: (1) image to the inactive slot, marked pending; (2) trial boot of
   * that slot; (3) settings migration through the journal, the commit point; (4) the new slot becomes active.
   * A crash before (3) commits boots the old slot with the old settings; after it, boot finishes (4).
   * A migration the settings lib refuses throws its `SettingsError` with the device unchanged.
   */
  installRelease(release: ReleaseToInstall): Promise<InstallResult> {
    return this.exclusive(async () => {
      const now = this.now();
      const context = { migrationId: release.manifestId, now, stream: release.stream, releaseCounter: release.releaseCounter };
      // A dry run first: a migration the engine refuses never touches a slot, and the pending slot carries the
      // outcomes a roll-forward at boot will report.
      const dryRun = applyMigrations(await loadState(this.parts.storage), release.migrations, context);
      const installed: InstalledRelease = {
        manifestId: release.manifestId,
        stream: release.stream,
        releaseCounter: release.releaseCounter,
        outcomes: dryRun.outcomes,
      };
      await this.saveSlots(withImageWritten(this.slots, release.firmwareVersion, installed));
      if (this.faults.failBoot?.()) {
        await this.saveSlots(withPendingDropped(this.slots));
        return { kind: 'boot-failed' };
      }
      const applied = await this.applyOrDrop(release.migrations, context);
      await this.saveSlots(withPendingActivated(this.slots, applied.outcomes));
      return { kind: 'installed', outcomes: applied.outcomes };
    });
  }

  /** The server acknowledged the last install's `succeeded`: a later re-offer reports no outcomes again. */
  markInstallReported(): Promise<void> {
    return this.exclusive(async () => {
      if (this.slots.lastInstall?.reported === false) await this.saveSlots(withInstallReported(this.slots));
    });
  }

  private async applyOrDrop(ops: readonly MigrationOp[], context: ApplyContext) {
    try {
      return await applyAtomically(this.parts.storage, ops, context);
    } catch (error) {
      // A power cut leaves the slot for the next boot to settle; a refusal changed nothing, so drop the slot.
      if (!isSettingsError(error, 'SIMULATED_CRASH')) await this.saveSlots(withPendingDropped(this.slots));
      throw error;
    }
  }

  private async saveSlots(next: SlotTable): Promise<void> {
    await writeJsonDurably(devicePath(this.dir, 'slots'), next);
    this.slots = next;
  }

  /** One storage operation at a time: a reset from the UI must not interleave with an OTA apply. */
  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
