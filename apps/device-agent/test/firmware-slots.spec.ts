/** A/B slot transitions and the boot-time settlement of a pending slot against the committed settings. */
import {
  activeVersion,
  initialSlotTable,
  reconcileAtBoot,
  withImageWritten,
  withInstallReported,
  withPendingActivated,
  withPendingDropped,
} from '../src/device/firmware-slots';

const release = { manifestId: 'cloud-messaging-opt-in', stream: 'miui-settings', releaseCounter: 1, outcomes: [] };
const factory = initialSlotTable('5.8.0');
const written = withImageWritten(factory, '5.9.0', release);

describe('firmware slots', () => {
  it('writes the new image to the inactive slot and keeps running the old one', () => {
    expect(written).toMatchObject({ active: 'A', slots: { A: { version: '5.8.0' }, B: { version: '5.9.0' } }, pending: { slot: 'B' } });
    expect(activeVersion(written)).toBe('5.8.0');
  });

  it('switches to the new slot on commit and remembers the install until it is reported', () => {
    const active = withPendingActivated(written, [{ key: 'k', op: 'force', result: 'applied', reason: 'r' }]);
    expect(activeVersion(active)).toBe('5.9.0');
    expect(active.pending).toBeNull();
    expect(active.lastInstall).toMatchObject({ releaseCounter: 1, reported: false, outcomes: [{ key: 'k' }] });
    expect(withInstallReported(active).lastInstall?.reported).toBe(true);
    // The next update goes to slot A, now the inactive one.
    expect(withImageWritten(active, '6.0.0', { ...release, releaseCounter: 2 }).pending?.slot).toBe('A');
  });

  it('drops a pending slot and keeps the old one active', () => {
    expect(withPendingDropped(written)).toMatchObject({ active: 'A', pending: null });
  });

  describe('reconcileAtBoot', () => {
    it('does nothing without a pending slot', () => {
      expect(reconcileAtBoot(factory, {})).toEqual({ table: factory, action: 'none' });
    });

    it('rolls forward when the settings committed the release', () => {
      const { table, action } = reconcileAtBoot(written, { 'miui-settings': 1 });
      expect(action).toBe('rolled-forward');
      expect(activeVersion(table)).toBe('5.9.0');
    });

    it('rolls back when they did not', () => {
      const cases: Record<string, number>[] = [{}, { 'miui-settings': 0 }, { other: 5 }];
      for (const counters of cases) {
        const { table, action } = reconcileAtBoot(written, counters);
        expect(action).toBe('rolled-back');
        expect(activeVersion(table)).toBe('5.8.0');
      }
    });
  });
});
