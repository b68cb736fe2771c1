/**
 * The console project's jest globalSetup: builds apps/console into dist/console once per run when the build is
 * missing or older than its sources, so the browser tests test what the sources say (and CI, on a clean clone,
 * builds it here).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
export const CONSOLE_DIST = path.join(ROOT, 'dist', 'console');
const SOURCES = [
  path.join(ROOT, 'apps', 'console', 'src'),
  path.join(ROOT, 'apps', 'console', 'index.html'),
  path.join(ROOT, 'apps', 'console', 'vite.config.mjs'),
];

function newestMtime(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((f) => newestMtime(path.join(file, f))));
}

export function consoleBuildIsCurrent(): boolean {
  const index = path.join(CONSOLE_DIST, 'index.html');
  return fs.existsSync(index) && fs.statSync(index).mtimeMs >= Math.max(...SOURCES.map(newestMtime));
}

export default function buildConsole(): void {
  if (consoleBuildIsCurrent()) return;
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--config', path.join(ROOT, 'apps', 'console', 'vite.config.mjs'), '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // jest sets NODE_ENV=test, with which Vite would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
