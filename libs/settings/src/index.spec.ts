import { MIGRATION_OPS, type MigrationOpName } from '@app/protocol';
import * as settings from '@app/settings';

const EXAMPLES: Record<MigrationOpName, unknown> = {
  setFactoryDefault: { op: 'setFactoryDefault', key: 'k', value: false },
  setIfNotUserChosen: { op: 'setIfNotUserChosen', key: 'k', value: 1 },
  setIfEquals: { op: 'setIfEquals', key: 'k', expected: 'a', value: 'b' },
  setIfAbsent: { op: 'setIfAbsent', key: 'k', value: null },
  force: { op: 'force', key: 'k', value: true, reason: 'why' },
  rename: { op: 'rename', from: 'k', to: 'l' },
  remove: { op: 'remove', key: 'k' },
  revert: { op: 'revert', migrationId: 'm' },
};

describe('@app/settings', () => {
  it('exports the model, the engine and the durable operations', () => {
    for (const name of [
      'createInitialState',
      'setUserValue',
      'factoryReset',
      'readValue',
      'applyMigrations',
      'parseMigrationOps',
      'initialiseState',
      'loadState',
      'saveState',
      'applyAtomically',
      'factoryResetAtomically',
      'recoverAtBoot',
      'openFileStorage',
    ] as const) {
      expect(typeof settings[name]).toBe('function');
    }
    expect(new settings.MemoryStorage()).toBeDefined();
  });

  it('validates an example of every op name of the wire protocol with the exported schema', () => {
    const ops = MIGRATION_OPS.map((name) => EXAMPLES[name]);
    expect(settings.migrationOpsSchema.parse(ops).map((op) => op.op)).toEqual([...MIGRATION_OPS]);
    expect(settings.parseMigrationOps(ops)).toHaveLength(MIGRATION_OPS.length);
  });

  it('declares every error code once', () => {
    expect(new Set(settings.SETTINGS_ERROR_CODES).size).toBe(settings.SETTINGS_ERROR_CODES.length);
  });
});
