import { ManifestError, assertSafeTargetPath, consistentTargetPath } from '@app/manifest';

describe('target paths', () => {
  it.each(['manifests/cloud-messaging/3.json', 'firmware/mi-4/6.8.1_full.bin', 'a.json'])('accepts %s', (path) => {
    expect(() => assertSafeTargetPath(path)).not.toThrow();
  });

  describe('when a path is unsafe', () => {
    it.each([
      ['a parent segment', 'manifests/../keys/root.json', /"\.\." segments/],
      ['a leading parent segment', '../x.json', /"\.\." segments/],
      ['a current-directory segment', './x.json', /"\." segments/],
      ['an absolute path', '/etc/passwd', /relative path/],
      ['a backslash', 'manifests\\x.json', /backslash/],
      ['an empty segment', 'manifests//x.json', /empty segments/],
      ['a trailing slash', 'manifests/', /empty segments/],
      ['an empty path', '', /non-empty/],
      ['a space', 'my manifest.json', /segments of/],
      ['a non-ASCII letter', 'manifests/é.json', /segments of/],
      ['a query string', 'x.json?v=1', /segments of/],
      ['an over-long path', 'a'.repeat(256), /at most 255/],
    ])('rejects %s with UNSAFE_TARGET_PATH', (_case, path, reason) => {
      let error: unknown;
      try {
        assertSafeTargetPath(path);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ManifestError);
      expect((error as ManifestError).code).toBe('UNSAFE_TARGET_PATH');
      expect((error as ManifestError).message).toMatch(reason);
    });
  });

  it('prefixes the basename with the hash under consistent snapshots (D3)', () => {
    const hash = 'ab'.repeat(32);
    expect(consistentTargetPath('manifests/cm/3.json', hash)).toBe(`manifests/cm/${hash}.3.json`);
    expect(consistentTargetPath('top.json', hash)).toBe(`${hash}.top.json`);
  });
});
