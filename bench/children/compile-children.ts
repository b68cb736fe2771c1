/**
 * The child processes run compiled JavaScript, as `npm start` runs dist/: compiling TypeScript inside the
 * measured process (@swc-node/register) would add the compiler and its caches to the server's RSS (about 70 MB
 * on this machine). The apps, libs and bench/children are compiled with swc (the same transform the test suite
 * uses, @app/* aliases rewritten to relative paths) into a fresh directory; bare imports resolve through
 * NODE_PATH to the repository's node_modules.
 */
import { transformFileSync, type Options } from '@swc/core';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const SOURCE_DIRS = [
  'apps/ota-server/src',
  'apps/device-agent/src',
  'libs/manifest/src',
  'libs/settings/src',
  'libs/rollout/src',
  'libs/pki/src',
  'libs/protocol/src',
  'bench/children',
];

const options = (): Options => ({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: REPO_ROOT,
    paths: Object.fromEntries(['manifest', 'settings', 'rollout', 'pki', 'protocol'].map((lib) => [`@app/${lib}`, [`libs/${lib}/src`]])),
  },
  module: { type: 'commonjs' },
  sourceMaps: false,
  swcrc: false,
  configFile: false,
});

/** Compiles everything a child needs into `outDir` (emptied first); returns `outDir`. */
export function compileChildren(outDir: string): string {
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const dir of SOURCE_DIRS) {
    for (const file of tsFiles(path.join(REPO_ROOT, dir))) {
      const out = path.join(outDir, path.relative(REPO_ROOT, file)).replace(/\.ts$/, '.js');
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, transformFileSync(file, { ...options(), filename: file }).code);
    }
  }
  return outDir;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((e) => {
    const file = path.join(e.parentPath, e.name);
    return e.isFile() && file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.spec.ts') ? [file] : [];
  });
}
