import { applyMigrations } from './migrate';
import { setUserValue } from './settings';
import type { MigrationOp } from './schema';
import { CLOUD_MESSAGING_SURFACE, T0, T1, aState, withRawSetting } from './test/builders';

const ctx = { migrationId: 'm1', now: T1 };
const untyped = (ops: unknown) => ops as MigrationOp[];
const userState = () => setUserValue(aState(), 'a.flag', false, { now: T0, surface: 'Settings > A' });

describe('each migration op (D2 table)', () => {
  describe('setFactoryDefault', () => {
    it('changes the default and reports applied, keeping every current value', () => {
      const before = withRawSetting(userState(), 'b.count', { value: 7, source: 'migration', updatedAt: T0 });
      const { state, outcomes } = applyMigrations(
        before,
        [
          { op: 'setFactoryDefault', key: 'a.flag', value: true },
          { op: 'setFactoryDefault', key: 'b.count', value: 9 },
          { op: 'setFactoryDefault', key: 'c.name', value: 'y' },
        ],
        ctx,
      );
      expect(state.factoryDefaults).toEqual({ 'a.flag': true, 'b.count': 9, 'c.name': 'y' });
      expect(state.settings).toEqual(before.settings);
      expect(outcomes.map((o) => o.result)).toEqual(['noop', 'applied', 'applied']);
    });

    it('adds a default for a new key without creating its setting', () => {
      const { state, outcomes } = applyMigrations(aState(), [{ op: 'setFactoryDefault', key: 'd.new', value: null }], ctx);
      expect(state.factoryDefaults['d.new']).toBeNull();
      expect(state.settings['d.new']).toBeUndefined();
      expect(outcomes).toEqual([{ key: 'd.new', op: 'setFactoryDefault', result: 'applied' }]);
    });
  });

  describe('setIfNotUserChosen', () => {
    it('changes a factory-default or migration value to a migration value', () => {
      const before = withRawSetting(aState(), 'b.count', { value: 7, source: 'migration', updatedAt: T0 });
      const ops: MigrationOp[] = [
        { op: 'setIfNotUserChosen', key: 'a.flag', value: false },
        { op: 'setIfNotUserChosen', key: 'b.count', value: 8 },
      ];
      const { state, outcomes } = applyMigrations(before, ops, ctx);
      expect(state.settings['a.flag']).toEqual({ value: false, source: 'migration', updatedAt: T1 });
      expect(state.settings['b.count']).toEqual({ value: 8, source: 'migration', updatedAt: T1 });
      expect(outcomes.map((o) => o.result)).toEqual(['applied', 'applied']);
    });

    it('never overrides a user choice', () => {
      const before = userState();
      const { state, outcomes } = applyMigrations(before, [{ op: 'setIfNotUserChosen', key: 'a.flag', value: true }], ctx);
      expect(state.settings['a.flag']).toEqual(before.settings['a.flag']);
      expect(outcomes).toEqual([{ key: 'a.flag', op: 'setIfNotUserChosen', result: 'skipped:user-choice' }]);
    });

    it('is a noop where the value is already the target, and creates a missing key', () => {
      const { state, outcomes } = applyMigrations(
        userState(),
        [
          { op: 'setIfNotUserChosen', key: 'a.flag', value: false },
          { op: 'setIfNotUserChosen', key: 'd.new', value: 'v' },
        ],
        ctx,
      );
      expect(state.settings['a.flag'].source).toBe('user');
      expect(state.settings['d.new']).toEqual({ value: 'v', source: 'migration', updatedAt: T1 });
      expect(outcomes.map((o) => o.result)).toEqual(['noop', 'applied']);
    });
  });

  describe('setIfEquals', () => {
    const run = (before = aState(), expected: unknown = 3, key = 'b.count') =>
      applyMigrations(before, untyped([{ op: 'setIfEquals', key, expected, value: 4 }]), ctx);

    it('changes the value where it still equals expected', () => {
      const { state, outcomes } = run();
      expect(state.settings['b.count']).toEqual({ value: 4, source: 'migration', updatedAt: T1 });
      expect(outcomes).toEqual([{ key: 'b.count', op: 'setIfEquals', result: 'applied' }]);
    });

    it('skips with condition where the value differs from expected or the key is missing', () => {
      expect(run(aState(), 2).outcomes[0].result).toBe('skipped:condition');
      expect(run(aState(), 3, 'd.none').outcomes[0].result).toBe('skipped:condition');
      expect(run(aState(), 2).state.settings['b.count'].value).toBe(3);
    });

    it('skips with user-choice where the user chose the expected value, and with condition where they chose another', () => {
      const chose3 = setUserValue(aState(), 'b.count', 3, { now: T0 });
      const chose5 = setUserValue(aState(), 'b.count', 5, { now: T0 });
      expect(run(chose3).outcomes[0].result).toBe('skipped:user-choice');
      expect(run(chose3).state.settings['b.count']).toEqual(chose3.settings['b.count']);
      expect(run(chose5).outcomes[0].result).toBe('skipped:condition');
    });

    it('is a noop where the value is already the target', () => {
      expect(run(withRawSetting(aState(), 'b.count', { value: 4, source: 'user', updatedAt: T0 })).outcomes[0].result).toBe('noop');
    });
  });

  describe('setIfAbsent', () => {
    it('adds a missing key as a migration value and leaves the factory defaults alone', () => {
      const { state, outcomes } = applyMigrations(aState(), [{ op: 'setIfAbsent', key: 'd.new', value: 1 }], ctx);
      expect(state.settings['d.new']).toEqual({ value: 1, source: 'migration', updatedAt: T1 });
      expect(state.factoryDefaults['d.new']).toBeUndefined();
      expect(outcomes).toEqual([{ key: 'd.new', op: 'setIfAbsent', result: 'applied' }]);
    });

    it('is a noop for a present key with that value and skips with condition otherwise', () => {
      const { state, outcomes } = applyMigrations(
        userState(),
        [
          { op: 'setIfAbsent', key: 'b.count', value: 3 },
          { op: 'setIfAbsent', key: 'a.flag', value: true },
        ],
        ctx,
      );
      expect(outcomes.map((o) => o.result)).toEqual(['noop', 'skipped:condition']);
      expect(state.settings['a.flag'].value).toBe(false);
    });
  });

  describe('force', () => {
    const reason = 'identifiers must be encrypted at rest';

    it('overrides a user choice, drops its consent and reports the reason', () => {
      const { state, outcomes } = applyMigrations(userState(), [{ op: 'force', key: 'a.flag', value: true, reason }], ctx);
      expect(state.settings['a.flag']).toEqual({ value: true, source: 'migration', updatedAt: T1 });
      expect(outcomes).toEqual([{ key: 'a.flag', op: 'force', result: 'applied', reason }]);
    });

    it('creates a missing key, and is a noop (still with the reason) where the value is already the target', () => {
      const before = userState();
      const { state, outcomes } = applyMigrations(
        before,
        [
          { op: 'force', key: 'd.new', value: 'on', reason },
          { op: 'force', key: 'a.flag', value: false, reason },
        ],
        ctx,
      );
      expect(state.settings['d.new'].value).toBe('on');
      expect(state.settings['a.flag']).toEqual(before.settings['a.flag']);
      expect(outcomes).toEqual([
        { key: 'd.new', op: 'force', result: 'applied', reason },
        { key: 'a.flag', op: 'force', result: 'noop', reason },
      ]);
    });
  });

  describe('rename', () => {
    it('moves the setting (source and consent included) and the default, reporting both keys', () => {
      const before = setUserValue(aState(), 'a.flag', false, { now: T0, surface: CLOUD_MESSAGING_SURFACE });
      const { state, outcomes } = applyMigrations(before, [{ op: 'rename', from: 'a.flag', to: 'a.enabled' }], ctx);
      expect(state.settings['a.enabled']).toEqual(before.settings['a.flag']);
      expect(state.factoryDefaults['a.enabled']).toBe(true);
      expect('a.flag' in state.settings || 'a.flag' in state.factoryDefaults).toBe(false);
      expect(outcomes).toEqual([
        { key: 'a.flag', op: 'rename', result: 'applied' },
        { key: 'a.enabled', op: 'rename', result: 'applied' },
      ]);
    });

    it('is a noop once renamed, and skips with condition when the target is taken or neither key exists', () => {
      const results = (from: string, to: string) => applyMigrations(aState(), [{ op: 'rename', from, to }], ctx).outcomes.map((o) => o.result);
      expect(results('x.gone', 'a.flag')).toEqual(['noop', 'noop']);
      expect(results('a.flag', 'b.count')).toEqual(['skipped:condition', 'skipped:condition']);
      expect(results('x.gone', 'y.gone')).toEqual(['skipped:condition', 'skipped:condition']);
    });
  });

  describe('remove', () => {
    it('removes the setting and its default, whoever chose the value', () => {
      const { state, outcomes } = applyMigrations(userState(), [{ op: 'remove', key: 'a.flag' }], ctx);
      expect(state.settings['a.flag']).toBeUndefined();
      expect(state.factoryDefaults['a.flag']).toBeUndefined();
      expect(outcomes).toEqual([{ key: 'a.flag', op: 'remove', result: 'applied' }]);
    });

    it('is a noop for a key that does not exist', () => {
      expect(applyMigrations(aState(), [{ op: 'remove', key: 'x.gone' }], ctx).outcomes[0].result).toBe('noop');
    });
  });
});
