#!/usr/bin/env node
// The npm registry mirror this project's machines use answers 404 for the other platforms' prebuilt binaries
// (@swc/core-darwin-*, @unrs/resolver-binding-win32-*, ...). `npm install` then leaves those optional packages out
// of package-lock.json and `npm ci` refuses the lock as out of sync. This adds the missing optional entries
// (name, version, os/cpu read from the package name) so the lock is complete; npm ci never fetches them on linux-x64.
// Run it after `npm install` changes the lock: `node .ci/complete-lock.js`.
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', freebsd: 'freebsd', android: 'android', openharmony: 'openharmony', wasm32: undefined };
const CPU = ['x64', 'arm64', 'arm', 'ia32', 's390x', 'ppc64', 'riscv64', 'loong64', 'wasm32'];

function platformOf(name) {
  const parts = path.basename(name).split('-');
  const os = parts.find((p) => p in OS);
  const cpu = parts.find((p) => CPU.includes(p));
  return { ...(os && OS[os] ? { os: [OS[os]] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

let added = 0;
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = key ? `${key}/node_modules/${dep}` : `node_modules/${dep}`;
    if (lock.packages[base] || lock.packages[`node_modules/${dep}`]) continue;
    lock.packages[`node_modules/${dep}`] = { version: range.replace(/^[\^~=]/, ''), optional: true, ...platformOf(dep) };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} optional platform entries`);
