import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest, manifestTargetPath } from '@app/manifest';

const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.json'));

describe('firmware-manifests', () => {
  it('holds the Cloud Messaging manifests', () => {
    expect(files).toEqual(expect.arrayContaining(['cloud-messaging-opt-in.json', 'cloud-messaging-opt-in-strict.json']));
  });

  it.each(files)('%s is a valid ota-manifest/1 whose id matches its file name', (file) => {
    const result = checkManifest(JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8')));
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
    expect(result.manifest.id).toBe(path.basename(file, '.json'));
    expect(manifestTargetPath(result.manifest)).toMatch(/^manifests\/[a-z0-9._-]+\/\d+\.json$/);
  });

  it('the opt-in manifest touches no existing choice (D2)', () => {
    const m = JSON.parse(fs.readFileSync(path.join(__dirname, 'cloud-messaging-opt-in.json'), 'utf8')) as { migrations: { op: string; key: string }[] };
    const enabledOps = m.migrations.filter((op) => op.key === 'cloud_messaging.enabled').map((op) => op.op);
    expect(enabledOps).toEqual(['setFactoryDefault']);
  });

  it('release counters are unique per stream', () => {
    const seen = new Set<string>();
    for (const file of files) {
      const m = JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8')) as { stream: string; releaseCounter: number };
      const key = `${m.stream}/${m.releaseCounter}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });
});
