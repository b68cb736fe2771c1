import { applyMigrations } from './migrate';
import type { MigrationOp } from './schema';
import { setUserValue } from './settings';
import { CLOUD_MESSAGING_SURFACE, T0, T1, T2, T3, aState, errorOf } from './test/builders';

const revertOf = (migrationId: string): MigrationOp[] => [{ op: 'revert', migrationId }];

describe('revert', () => {
  const ops: MigrationOp[] = [
    { op: 'setFactoryDefault', key: 'a.flag', value: false },
    { op: 'force', key: 'a.flag', value: false, reason: 'r' },
    { op: 'setIfNotUserChosen', key: 'b.count', value: 4 },
    { op: 'setIfAbsent', key: 'd.new', value: 'n' },
    { op: 'remove', key: 'c.name' },
  ];
  const before = setUserValue(aState(), 'a.flag', true, { now: T0, surface: CLOUD_MESSAGING_SURFACE });
  const migrated = applyMigrations(before, ops, { migrationId: 'm1', now: T1 }).state;

  it('restores every value and default the migration replaced, exactly, and reports each key', () => {
    const { state, outcomes } = applyMigrations(migrated, revertOf('m1'), { migrationId: 'r1', now: T2 });
    expect(state.settings).toEqual(before.settings);
    expect(state.factoryDefaults).toEqual(before.factoryDefaults);
    expect(state.settings['a.flag'].consent).toEqual({ surface: CLOUD_MESSAGING_SURFACE, at: T0 });
    expect(outcomes).toEqual(['a.flag', 'b.count', 'c.name', 'd.new'].map((key) => ({ key, op: 'revert', result: 'applied' })));
  });

  it('undoes a rename', () => {
    const renamed = applyMigrations(before, [{ op: 'rename', from: 'a.flag', to: 'a.on' }], { migrationId: 'm1', now: T1 }).state;
    const { state } = applyMigrations(renamed, revertOf('m1'), { migrationId: 'r1', now: T2 });
    expect(state.settings).toEqual(before.settings);
    expect(state.factoryDefaults).toEqual(before.factoryDefaults);
  });

  it('keeps a value the user chose since, but still restores its factory default', () => {
    const chosen = setUserValue(migrated, 'a.flag', true, { now: T2 });
    const { state, outcomes } = applyMigrations(chosen, revertOf('m1'), { migrationId: 'r1', now: T3 });
    expect(state.settings['a.flag']).toEqual(chosen.settings['a.flag']);
    expect(state.factoryDefaults['a.flag']).toBe(true);
    expect(outcomes.find((o) => o.key === 'a.flag')?.result).toBe('skipped:user-choice');
  });

  it('keeps a value a later migration changed', () => {
    const later = applyMigrations(migrated, [{ op: 'setIfEquals', key: 'b.count', expected: 4, value: 5 }], {
      migrationId: 'm2',
      now: T2,
    }).state;
    const { state, outcomes } = applyMigrations(later, revertOf('m1'), { migrationId: 'r1', now: T3 });
    expect(state.settings['b.count'].value).toBe(5);
    expect(outcomes.find((o) => o.key === 'b.count')?.result).toBe('skipped:condition');
  });

  it('is a noop the second time, and can itself be reverted', () => {
    const once = applyMigrations(migrated, revertOf('m1'), { migrationId: 'r1', now: T2 }).state;
    const twice = applyMigrations(once, revertOf('m1'), { migrationId: 'r2', now: T3 });
    expect(twice.outcomes.every((o) => o.result === 'noop')).toBe(true);
    const redone = applyMigrations(once, revertOf('r1'), { migrationId: 'r3', now: T3 }).state;
    expect(redone.settings).toEqual(migrated.settings);
    expect(redone.factoryDefaults).toEqual(migrated.factoryDefaults);
  });

  it('reports nothing for a migration that changed nothing', () => {
    const nothing = applyMigrations(before, [], { migrationId: 'm0', now: T1 }).state;
    expect(applyMigrations(nothing, revertOf('m0'), { migrationId: 'r0', now: T2 }).outcomes).toEqual([]);
  });

  describe('when revert names a migration that was never applied', () => {
    it('throws UNKNOWN_MIGRATION naming what it found', () => {
      const error = errorOf(() => applyMigrations(migrated, revertOf('nope'), { migrationId: 'r1', now: T2 }));
      expect(error.code).toBe('UNKNOWN_MIGRATION');
      expect(error.message).toBe('revert expected the id of an applied migration (most recent: "m1"), got "nope"');
    });
  });

  describe('when revert names the migration it is part of', () => {
    it('throws UNKNOWN_MIGRATION: a migration is in the history only once it is wholly applied', () => {
      const error = errorOf(() => applyMigrations(aState(), revertOf('m1'), { migrationId: 'm1', now: T1 }));
      expect(error.code).toBe('UNKNOWN_MIGRATION');
    });
  });
});
