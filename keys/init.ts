/**
 * `npm run keys:init [-- --dir keys/dev --targets-keys 2 --targets-threshold 2]`: creates the development key set
 * and the server TLS CA and certificate (idempotent: what exists is left as it is). See keys/README.md.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureDevKeys, ensureDevTls } from '../apps/ota-server/src/keys/dev-keys';
import { DEVELOPMENT_KEYS_NOTICE } from '../apps/ota-server/src/keys/development-keys';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.KEYS_DIR ?? path.join(__dirname, 'dev') },
      'targets-keys': { type: 'string', default: '1' },
      'targets-threshold': { type: 'string', default: '1' },
    },
  });
  const targetsKeys = Number(values['targets-keys']);
  const targetsThreshold = Number(values['targets-threshold']);
  if (!Number.isInteger(targetsKeys) || !Number.isInteger(targetsThreshold) || targetsThreshold < 1 || targetsThreshold > targetsKeys) {
    throw new Error(`--targets-threshold must be between 1 and --targets-keys, got ${values['targets-threshold']} of ${values['targets-keys']}`);
  }
  const dir = path.resolve(values.dir!);
  const created = await ensureDevKeys(dir, { targetsKeys, targetsThreshold });
  process.stdout.write(created ? `created a development key set in ${dir}\n` : `key set already present in ${dir}; left unchanged\n`);
  // D7: said on every run, created or not, where whoever runs it will read it.
  const rule = '='.repeat(78);
  process.stdout.write(`${rule}\nWARNING: ${DEVELOPMENT_KEYS_NOTICE}\n${rule}\n`);
  if (ensureDevTls(dir)) process.stdout.write(`created the development TLS CA and server certificate in ${dir} (keys/README.md)\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`keys:init failed: ${err.message}\n`);
  process.exit(1);
});
