import { readValue } from './model';
import { applyMigrations } from './migrate';
import { createInitialState, factoryReset, setUserValue } from './settings';
import { CLOUD_MESSAGING_SURFACE, T0, T1, T2, aState, deepFreeze, errorOf } from './test/builders';

describe('createInitialState', () => {
  it('puts every key at its factory default, with no counters and no history', () => {
    expect(createInitialState({ 'a.flag': true, 'n.none': null }, { now: new Date(T0) })).toEqual({
      factoryDefaults: { 'a.flag': true, 'n.none': null },
      settings: {
        'a.flag': { value: true, source: 'factory-default', updatedAt: T0 },
        'n.none': { value: null, source: 'factory-default', updatedAt: T0 },
      },
      releaseCounters: {},
      history: [],
    });
  });

  describe('when a factory default is not a JSON primitive', () => {
    it('throws INVALID_INPUT naming the key', () => {
      const error = errorOf(() => createInitialState({ 'a.flag': [] as unknown as boolean }, { now: T0 }));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.errors[0].path).toBe('a.flag');
    });
  });
});

describe('setUserValue', () => {
  it('records the user as the source and, given a surface, the consent', () => {
    const state = setUserValue(deepFreeze(aState()), 'a.flag', false, { now: T1, surface: CLOUD_MESSAGING_SURFACE });
    expect(state.settings['a.flag']).toEqual({
      value: false,
      source: 'user',
      updatedAt: T1,
      consent: { surface: CLOUD_MESSAGING_SURFACE, at: T1 },
    });
  });

  it('drops an earlier consent when the value changes without a surface', () => {
    const consented = setUserValue(aState(), 'a.flag', false, { now: T1, surface: CLOUD_MESSAGING_SURFACE });
    expect(setUserValue(consented, 'a.flag', true, { now: T2 }).settings['a.flag']).toEqual({
      value: true,
      source: 'user',
      updatedAt: T2,
    });
  });

  it('accepts null, and a key that only the factory defaults hold yet', () => {
    const withDefault = applyMigrations(aState(), [{ op: 'setFactoryDefault', key: 'd.new', value: 1 }], {
      migrationId: 'm1',
      now: T1,
    }).state;
    expect(setUserValue(withDefault, 'd.new', 2, { now: T2 }).settings['d.new'].value).toBe(2);
    expect(setUserValue(aState(), 'b.count', null, { now: T2 }).settings['b.count'].value).toBeNull();
  });

  describe('when the key exists in neither table', () => {
    it('throws UNKNOWN_KEY', () => {
      expect(errorOf(() => setUserValue(aState(), 'x.unknown', 1, { now: T1 })).code).toBe('UNKNOWN_KEY');
    });
  });

  describe("when the value's type differs from the current one", () => {
    it('throws TYPE_MISMATCH saying what was expected and found', () => {
      const error = errorOf(() => setUserValue(aState(), 'a.flag', 'yes', { now: T1 }));
      expect(error.code).toBe('TYPE_MISMATCH');
      expect(error.message).toBe('a.flag holds a boolean, so the new value must be a boolean or null, got string "yes"');
    });
  });

  describe('when the value is not a JSON primitive', () => {
    it('throws INVALID_INPUT', () => {
      expect(errorOf(() => setUserValue(aState(), 'b.count', Infinity, { now: T1 })).code).toBe('INVALID_INPUT');
    });
  });

  describe('when the consent surface is blank', () => {
    it('throws INVALID_INPUT', () => {
      expect(errorOf(() => setUserValue(aState(), 'a.flag', true, { now: T1, surface: ' ' })).code).toBe('INVALID_INPUT');
    });
  });

  describe('when now is not a valid instant', () => {
    it('throws INVALID_INPUT', () => {
      expect(errorOf(() => setUserValue(aState(), 'a.flag', true, { now: '2024-13-45' })).code).toBe('INVALID_INPUT');
    });
  });
});

describe('factoryReset', () => {
  it('sets every key to its current factory default, drops consent and keys without a default, keeps counters and history', () => {
    let state = setUserValue(aState(), 'a.flag', false, { now: T1, surface: CLOUD_MESSAGING_SURFACE });
    state = applyMigrations(
      state,
      [
        { op: 'setFactoryDefault', key: 'b.count', value: 5 },
        { op: 'setIfAbsent', key: 'd.extra', value: 'e' },
      ],
      { migrationId: 'm1', now: T1 },
    ).state;
    state = { ...state, releaseCounters: { stable: 4 } };
    const reset = factoryReset(deepFreeze(state), { now: T2 });
    expect(reset.settings).toEqual({
      'a.flag': { value: true, source: 'factory-default', updatedAt: T2 },
      'b.count': { value: 5, source: 'factory-default', updatedAt: T2 },
      'c.name': { value: 'x', source: 'factory-default', updatedAt: T2 },
    });
    expect(reset.releaseCounters).toEqual({ stable: 4 });
    expect(reset.history).toBe(state.history);
  });
});

describe('readValue', () => {
  it('reads the setting, falls back to the factory default, and is undefined for an unknown key', () => {
    const state = applyMigrations(setUserValue(aState(), 'b.count', null, { now: T1 }), [{ op: 'setFactoryDefault', key: 'd.new', value: 'dflt' }], {
      migrationId: 'm1',
      now: T1,
    }).state;
    expect(readValue(state, 'b.count')).toBeNull();
    expect(readValue(state, 'd.new')).toBe('dflt');
    expect(readValue(state, 'x.unknown')).toBeUndefined();
    expect(readValue(state, 'constructor')).toBeUndefined();
  });
});
