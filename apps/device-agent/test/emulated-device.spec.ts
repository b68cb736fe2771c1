/**
 * The emulated handset (D5): what manufacture writes, what boot reads back, the identity the server
 * accepts, and the hardware identity that never leaves the device directory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { X509Certificate, createHash, createPublicKey } from 'node:crypto';
import { DeviceClient } from '../src/client/device-client';
import { DeviceError } from '../src/device/device-error';
import { EmulatedDevice } from '../src/device/emulated-device';
import { isValidImei } from '../src/device/hardware-identity';
import { A_PROFILE, CLOUD_MESSAGING_SURFACE, makeDevice, startWorld, type AgentWorld } from './agent-world';

describe('EmulatedDevice', () => {
  let world: AgentWorld;
  let device: EmulatedDevice;

  beforeAll(async () => {
    world = await startWorld();
    device = await makeDevice(world);
  });
  afterAll(() => world.close());

  describe('manufacture', () => {
    it('names the device by the SHA-256 of its SPKI DER, which is also the certificate subject', () => {
      const { certificatePem } = device.credentials();
      const spki = createPublicKey(fs.readFileSync(path.join(device.dir, 'identity/device.pub.pem'))).export({ type: 'spki', format: 'der' });
      expect(device.id).toBe(createHash('sha256').update(spki).digest('hex'));
      expect(new X509Certificate(certificatePem).subject).toBe(`CN=${device.id}`);
      expect(new X509Certificate(certificatePem).verify(new X509Certificate(world.factoryCa.certPem).publicKey)).toBe(true);
    });

    it('gives it a realistic hardware identity, kept in hardware.json only', () => {
      const hw = device.hardware();
      expect(isValidImei(hw.imei)).toBe(true);
      expect(hw.imsi).toMatch(/^40445\d{10}$/);
      expect(hw.phoneNumber).toMatch(/^\+919\d{9}$/);
      expect(JSON.parse(fs.readFileSync(path.join(device.dir, 'hardware.json'), 'utf8'))).toEqual(hw);
      const certificate = device.credentials().certificatePem;
      const der = new X509Certificate(certificate).raw.toString('latin1');
      for (const value of [hw.imei, hw.imsi, hw.phoneNumber.slice(1)]) {
        expect(certificate).not.toContain(value);
        expect(der).not.toContain(value);
        expect(device.id).not.toContain(value);
      }
    });

    it('pins the root, starts on slot A with the profile firmware and the factory defaults', async () => {
      expect(fs.readFileSync(path.join(device.dir, 'tuf/metadata/root.json'), 'utf8')).toBe(world.pinnedRootJson);
      expect(device.slotTable()).toEqual({
        schema: 'firmware-slots/1',
        active: 'A',
        slots: { A: { version: '5.8.0' }, B: null },
        pending: null,
        lastInstall: null,
      });
      expect(device.profile()).toEqual(A_PROFILE);
      const state = await device.settings();
      expect(state.factoryDefaults).toEqual({ 'cloud_messaging.enabled': true, 'cloud_messaging.encrypt_identifiers': false });
      expect(state.settings['cloud_messaging.enabled']).toMatchObject({ value: true, source: 'factory-default' });
      expect(state.releaseCounters).toEqual({});
    });

    it('keeps the private key readable by its owner only', () => {
      expect(fs.statSync(path.join(device.dir, 'identity/device.key.pem')).mode & 0o077).toBe(0);
    });

    it('takes the factory defaults of another firmware when given', async () => {
      const other = await makeDevice(world, {
        profile: { firmwareVersion: '5.0.0' },
        factoryDefaults: { 'cloud_messaging.enabled': true, 'mi_cloud.sync': false },
      });
      expect(other.profile().firmwareVersion).toBe('5.0.0');
      expect((await other.settings()).factoryDefaults).toEqual({ 'cloud_messaging.enabled': true, 'mi_cloud.sync': false });
      expect(other.id).not.toBe(device.id);
    });

    describe('when the directory already holds a device', () => {
      it('refuses with DEVICE_EXISTS', async () => {
        const again = EmulatedDevice.manufacture({
          dir: device.dir,
          profile: A_PROFILE,
          factoryCa: world.factoryCa,
          pinnedRootJson: world.pinnedRootJson,
          now: new Date(),
        });
        await expect(again).rejects.toMatchObject({ code: 'DEVICE_EXISTS' });
      });
    });

    describe('when the pinned root is not JSON', () => {
      it('refuses with INVALID_INPUT', async () => {
        const bad = EmulatedDevice.manufacture({
          dir: path.join(world.devicesDir, 'no-root'),
          profile: A_PROFILE,
          factoryCa: world.factoryCa,
          pinnedRootJson: 'root',
          now: new Date(),
        });
        await expect(bad).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      });
    });

    describe('when the profile is not one a device can have', () => {
      it('refuses with INVALID_INPUT naming every bad field', async () => {
        const bad = EmulatedDevice.manufacture({
          dir: path.join(world.devicesDir, 'bad'),
          profile: { model: 'mi 4', firmwareVersion: 'v5', region: 'in', channel: '' },
          factoryCa: world.factoryCa,
          pinnedRootJson: '{}',
          now: new Date(),
        });
        await expect(bad).rejects.toThrow(DeviceError);
        await expect(bad).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/model.*channel.*firmwareVersion/) });
      });
    });
  });

  describe('open (boot)', () => {
    it('reads back the same device', async () => {
      const booted = await EmulatedDevice.open(device.dir);
      expect({ id: booted.id, profile: booted.profile(), hardware: booted.hardware() }).toEqual({
        id: device.id,
        profile: device.profile(),
        hardware: device.hardware(),
      });
      expect(booted.bootReport).toEqual({ settings: { action: 'none' }, slots: 'none' });
    });

    describe('when the directory holds no device', () => {
      it('refuses with DEVICE_MISSING', async () => {
        await expect(EmulatedDevice.open(path.join(world.devicesDir, 'nothing'))).rejects.toMatchObject({ code: 'DEVICE_MISSING' });
      });
    });

    describe('when a device file was damaged', () => {
      it('refuses with DEVICE_CORRUPT naming the file', async () => {
        const damaged = await makeDevice(world);
        fs.writeFileSync(path.join(damaged.dir, 'slots.json'), '{"schema":');
        await expect(EmulatedDevice.open(damaged.dir)).rejects.toMatchObject({ code: 'DEVICE_CORRUPT', message: expect.stringContaining('slots.json') });
        const table = { ...damaged.slotTable(), active: 'B' };
        fs.writeFileSync(path.join(damaged.dir, 'slots.json'), JSON.stringify(table));
        await expect(EmulatedDevice.open(damaged.dir)).rejects.toMatchObject({
          code: 'DEVICE_CORRUPT',
          message: expect.stringContaining('active slot to hold an image'),
        });
      });
    });
  });

  describe('settings', () => {
    it('records a user choice with its consent surface, durably', async () => {
      const d = await makeDevice(world);
      await d.setUserValue('cloud_messaging.enabled', false, CLOUD_MESSAGING_SURFACE);
      const state = await (await EmulatedDevice.open(d.dir)).settings();
      expect(state.settings['cloud_messaging.enabled']).toMatchObject({ value: false, source: 'user', consent: { surface: CLOUD_MESSAGING_SURFACE } });
    });

    it('factory-resets to the defaults of the firmware installed now, dropping consent', async () => {
      const d = await makeDevice(world);
      await d.setUserValue('cloud_messaging.enabled', false, CLOUD_MESSAGING_SURFACE);
      await d.factoryReset();
      const setting = (await d.settings()).settings['cloud_messaging.enabled'];
      expect(setting).toEqual({ value: true, source: 'factory-default', updatedAt: expect.any(String) });
    });

    it('recovers a reset cut by a power loss to wholly before or wholly after', async () => {
      const d = await makeDevice(world);
      await d.setUserValue('cloud_messaging.enabled', false, CLOUD_MESSAGING_SURFACE);
      const crashing = await EmulatedDevice.open(d.dir, { faults: { crashAfterWrites: 5 } });
      await expect(crashing.factoryReset()).rejects.toMatchObject({ code: 'SIMULATED_CRASH' });
      const rebooted = await EmulatedDevice.open(d.dir);
      expect(rebooted.bootReport.settings).toMatchObject({ action: 'rolled-back', intent: { kind: 'factory-reset' } });
      expect((await rebooted.settings()).settings['cloud_messaging.enabled']).toMatchObject({ value: false, source: 'user' });
    });
  });

  describe('session', () => {
    it('is accepted by the server, which learns the fingerprint and the profile, nothing more', async () => {
      const client = new DeviceClient({ serverUrl: world.server.url, credentials: device.credentials(), profile: () => device.profile() });
      const session = await client.openSession();
      expect(session.deviceId).toBe(device.id);
      const seen = await world.server.admin<Record<string, unknown>>('GET', `/admin/v1/devices/${device.id}`);
      expect(seen.body).toMatchObject({ id: device.id, ...A_PROFILE });
      const { imei, imsi, phoneNumber } = device.hardware();
      expect(JSON.stringify(seen.body)).not.toMatch(new RegExp(`${imei}|${imsi}|${phoneNumber.slice(1)}`));
    });
  });
});
