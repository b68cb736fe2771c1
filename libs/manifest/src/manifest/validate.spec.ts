import { MIGRATION_OPS } from '@app/protocol';
import { ManifestError, checkManifest, manifestTargetPath, migrationOpSchema, parseManifest, validateManifest } from '@app/manifest';
import { aManifest } from '../testing/a-manifest';

const op = (fields: Record<string, unknown>) => ({ migrations: [fields] });
const image = (fields: Record<string, unknown>) => ({
  images: [{ path: 'fw.bin', length: 1, sha256: 'a'.repeat(64), ...fields }],
});

function errorsOf(doc: unknown) {
  const check = checkManifest(doc);
  if (check.ok) throw new Error('expected the manifest to be rejected');
  return check.errors;
}

function rejection(run: () => unknown): ManifestError {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('expected a ManifestError');
}

describe('manifest validation (ota-manifest/1, D3)', () => {
  it('accepts the Cloud Messaging manifest and returns it typed', () => {
    const manifest = validateManifest(aManifest());
    expect(manifest.stream).toBe('cloud-messaging');
    expect(manifest.migrations[1]).toMatchObject({ op: 'force', reason: expect.any(String) });
    expect(checkManifest(aManifest({ appliesTo: { tags: ['beta'] } }))).toMatchObject({ ok: true });
  });

  it('accepts every migration op of D2 and defines exactly the ops @app/protocol names', () => {
    const migrations = [
      { op: 'setFactoryDefault', key: 'a', value: false },
      { op: 'setIfNotUserChosen', key: 'a', value: 'x' },
      { op: 'setIfEquals', key: 'a', expected: 1, value: null },
      { op: 'setIfAbsent', key: 'b', value: 0.5 },
      { op: 'force', key: 'a', value: true, reason: 'privacy' },
      { op: 'rename', from: 'a', to: 'b' },
      { op: 'remove', key: 'b' },
      { op: 'revert', migrationId: 'cloud-messaging-opt-in-1' },
    ];
    expect(validateManifest(aManifest({ migrations })).migrations).toEqual(migrations);
    expect(migrationOpSchema.options.map((o) => o.shape.op.value).sort()).toEqual([...MIGRATION_OPS].sort());
  });

  it('accepts firmware image targets', () => {
    const images = [{ path: 'firmware/mi-4/6.8.1.bin', length: 1024, sha256: 'a'.repeat(64) }];
    expect(validateManifest(aManifest({ images })).images).toEqual(images);
  });

  describe('when a field is invalid', () => {
    it.each([
      ['schema is another version', { schema: 'ota-manifest/2' }, 'schema'],
      ['id is missing', { id: undefined }, 'id'],
      ['stream is not a path segment', { stream: 'cloud/messaging' }, 'stream'],
      ['releaseCounter is zero', { releaseCounter: 0 }, 'releaseCounter'],
      ['releaseCounter is fractional', { releaseCounter: 1.5 }, 'releaseCounter'],
      ['releaseCounter is a string', { releaseCounter: '3' }, 'releaseCounter'],
      ['firmware.version is not semver', { firmware: { version: 'banana' } }, 'firmware.version'],
      ['firmware.version has a v prefix', { firmware: { version: 'v6.8.1' } }, 'firmware.version'],
      ['appliesTo.firmware is not a semver range', { appliesTo: { firmware: 'newest please' } }, 'appliesTo.firmware'],
      ['appliesTo.firmware is empty', { appliesTo: { firmware: '' } }, 'appliesTo.firmware'],
      ['appliesTo.models is empty', { appliesTo: { models: [] } }, 'appliesTo.models'],
      ['appliesTo.models holds a number', { appliesTo: { models: ['mi-4', 3] } }, 'appliesTo.models.1'],
      ['appliesTo.channels is missing', { appliesTo: { channels: undefined } }, 'appliesTo.channels'],
      ['appliesTo.tags is a string', { appliesTo: { tags: 'beta' } }, 'appliesTo.tags'],
      ['appliesTo has an unknown field', { appliesTo: { cohort: 'a' } }, 'appliesTo.cohort'],
      ['a top-level field is unknown', { rollout: 'fast' }, 'rollout'],
      ['an image path climbs out', image({ path: '../etc/passwd' }), 'images.0.path'],
      ['an image lives under manifests/', image({ path: 'manifests/x.bin' }), 'images.0.path'],
      ['an image sha256 is not lowercase hex', image({ sha256: 'A'.repeat(64) }), 'images.0.sha256'],
      ['an image length is negative', image({ length: -1 }), 'images.0.length'],
      ['migrations is not an array', { migrations: {} }, 'migrations'],
      ['an op is unknown', op({ op: 'delete', key: 'a' }), 'migrations.0.op'],
      ['an op key is empty', op({ op: 'remove', key: '' }), 'migrations.0.key'],
      ['force has no reason', op({ op: 'force', key: 'a', value: true }), 'migrations.0.reason'],
      ['force has a blank reason', op({ op: 'force', key: 'a', value: true, reason: '  ' }), 'migrations.0.reason'],
      ['setIfEquals has no expected', op({ op: 'setIfEquals', key: 'a', value: 1 }), 'migrations.0.expected'],
      ['a value is an object', op({ op: 'setIfAbsent', key: 'a', value: { on: true } }), 'migrations.0.value'],
      ['rename has no target', op({ op: 'rename', from: 'a' }), 'migrations.0.to'],
      ['revert has an empty id', op({ op: 'revert', migrationId: '' }), 'migrations.0.migrationId'],
      ['an op has an unknown field', op({ op: 'remove', key: 'a', when: 'always' }), 'migrations.0.when'],
    ])('reports %s at its path', (_case, overrides, path) => {
      const errors = errorsOf(aManifest(overrides));
      expect(errors.map((e) => e.path)).toEqual([path]);
      expect(errors[0]!.message).toMatch(/expected|unknown field/);
    });

    it('says what it expected and what it got', () => {
      const [error] = errorsOf(aManifest({ firmware: { version: 'banana' } }));
      expect(error!.message).toBe('expected a semver version such as 1.2.3, got "banana"');
      const [range] = errorsOf(aManifest({ appliesTo: { firmware: 'newest please' } }));
      expect(range!.message).toMatch(/expected a semver range .* got "newest please"/);
    });
  });

  describe('when several fields are invalid', () => {
    it('reports every one of them at once, with MANIFEST_INVALID', () => {
      const doc = aManifest({
        releaseCounter: -2,
        appliesTo: { firmware: '>>1' },
        migrations: [
          { op: 'setFactoryDefault', key: 'a', value: false },
          { op: 'force', key: 'b', value: true },
          { op: 'setIfAbsent', value: 1 },
        ],
        extra: true,
      });
      const error = rejection(() => validateManifest(doc));
      expect(error.code).toBe('MANIFEST_INVALID');
      expect(error.errors.map((e) => e.path).sort()).toEqual(
        ['appliesTo.firmware', 'extra', 'migrations.1.reason', 'migrations.2.key', 'releaseCounter'].sort(),
      );
      expect(error.message).toContain('appliesTo.firmware: expected a semver range');
    });
  });

  describe('when the document is not an object', () => {
    it.each([
      ['a string', 'manifest'],
      ['null', null],
      ['an array', []],
    ])('rejects %s at the document path', (_c, doc) => {
      expect(errorsOf(doc)).toEqual([{ path: '', message: expect.stringMatching(/^expected an object, got/) }]);
    });
  });

  describe('when the bytes are not a JSON document', () => {
    it.each([
      ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), /UTF-8/],
      ['invalid JSON', Buffer.from('{"schema": '), /expected a JSON document/],
      ['a byte-order mark', Buffer.from(`\ufeff${JSON.stringify(aManifest())}`), /JSON/],
    ])('rejects %s with MANIFEST_INVALID', (_c, bytes, message) => {
      const error = rejection(() => parseManifest(bytes));
      expect(error.code).toBe('MANIFEST_INVALID');
      expect(error.errors[0]?.message).toMatch(message);
    });

    it('parses valid bytes', () => {
      expect(parseManifest(Buffer.from(JSON.stringify(aManifest()))).id).toBe('cloud-messaging-opt-in-1');
    });
  });

  it('places a manifest at manifests/<stream>/<releaseCounter>.json', () => {
    expect(manifestTargetPath(aManifest({ releaseCounter: 42 }))).toBe('manifests/cloud-messaging/42.json');
  });
});
