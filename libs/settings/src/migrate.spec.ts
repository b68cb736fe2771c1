import { applyMigrations } from './migrate';
import { setUserValue } from './settings';
import type { MigrationOp } from './schema';
import { T0, T1, aState, deepFreeze, errorOf } from './test/builders';

const ctx = { migrationId: 'm1', now: T1 };
const untyped = (ops: unknown) => ops as MigrationOp[];
const userState = () => setUserValue(aState(), 'a.flag', false, { now: T0, surface: 'Settings > A' });

describe('applyMigrations', () => {
  describe('a migration as a whole', () => {
    it('applies ops in order, each seeing the previous ones', () => {
      const ops: MigrationOp[] = [
        { op: 'setIfAbsent', key: 'd.new', value: 1 },
        { op: 'setIfEquals', key: 'd.new', expected: 1, value: 2 },
        { op: 'rename', from: 'd.new', to: 'd.renamed' },
      ];
      const { state } = applyMigrations(aState(), ops, ctx);
      expect(state.settings['d.renamed'].value).toBe(2);
    });

    it('records the keys it changed, before and after, under its id', () => {
      const ops: MigrationOp[] = [
        { op: 'setIfNotUserChosen', key: 'b.count', value: 4 },
        { op: 'setIfNotUserChosen', key: 'c.name', value: 'x' },
      ];
      const { state } = applyMigrations(aState(), ops, ctx);
      expect(state.history).toEqual([
        {
          migrationId: 'm1',
          appliedAt: T1,
          keys: {
            'b.count': {
              setting: { before: { value: 3, source: 'factory-default', updatedAt: T0 }, after: state.settings['b.count'] },
              factoryDefault: { before: { value: 3 }, after: { value: 3 } },
            },
          },
        },
      ]);
    });

    it('never mutates the state it is given, and takes a Date as now', () => {
      const before = deepFreeze(userState());
      const { state } = applyMigrations(before, [{ op: 'force', key: 'a.flag', value: true, reason: 'r' }], {
        migrationId: 'm1',
        now: new Date(T1),
      });
      expect(state.settings['a.flag'].updatedAt).toBe(T1);
    });
  });

  describe('when an op list is malformed', () => {
    it('throws INVALID_INPUT listing every bad field with its path', () => {
      const error = errorOf(() =>
        applyMigrations(
          aState(),
          untyped([
            { op: 'setIfAbsent', key: 'ok', value: { nested: true } },
            { op: 'force', key: 'a.flag', value: true },
            { op: 'explode', key: 'a' },
            { op: 'remove', key: 'a', extra: 1 },
          ]),
          ctx,
        ),
      );
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.errors.map((i) => i.path)).toEqual(['0.value', '1.reason', '2.op', '3']);
      expect(error.message).toContain('1.reason: expected a reason string, got undefined');
    });
  });

  describe('when force gives a blank reason', () => {
    it('throws INVALID_INPUT', () => {
      const error = errorOf(() => applyMigrations(aState(), [{ op: 'force', key: 'a.flag', value: true, reason: '  ' }], ctx));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.errors).toEqual([{ path: '0.reason', message: expect.stringContaining('non-empty reason') }]);
    });
  });

  describe('when rename names the same key twice', () => {
    it('throws INVALID_INPUT', () => {
      expect(errorOf(() => applyMigrations(aState(), [{ op: 'rename', from: 'a', to: 'a' }], ctx)).code).toBe('INVALID_INPUT');
    });
  });

  describe('when a key is not a dotted key', () => {
    it.each(['__proto__', '', 'a..b', 'a b', '.a'])('throws INVALID_INPUT for %j', (key) => {
      expect(errorOf(() => applyMigrations(aState(), [{ op: 'remove', key }], ctx)).code).toBe('INVALID_INPUT');
    });
  });

  describe('when a value is not a finite JSON primitive', () => {
    it.each([[{}], [[1]], [Infinity], [NaN], [undefined]])('throws INVALID_INPUT for %p', (value) => {
      const ops = untyped([{ op: 'setIfAbsent', key: 'a', value }]);
      expect(errorOf(() => applyMigrations(aState(), ops, ctx)).code).toBe('INVALID_INPUT');
    });
  });

  describe('when the migration id was applied before', () => {
    it('throws DUPLICATE_MIGRATION', () => {
      const once = applyMigrations(aState(), [], ctx).state;
      expect(errorOf(() => applyMigrations(once, [], ctx)).code).toBe('DUPLICATE_MIGRATION');
    });
  });

  describe('when the migration id is empty', () => {
    it('throws INVALID_INPUT', () => {
      expect(errorOf(() => applyMigrations(aState(), [], { migrationId: '', now: T1 })).code).toBe('INVALID_INPUT');
    });
  });

  describe('when now is not a valid instant', () => {
    it('throws INVALID_INPUT', () => {
      expect(errorOf(() => applyMigrations(aState(), [], { migrationId: 'm1', now: 'yesterday' })).code).toBe('INVALID_INPUT');
      expect(errorOf(() => applyMigrations(aState(), [], { migrationId: 'm1', now: new Date(NaN) })).code).toBe('INVALID_INPUT');
    });
  });
});
