#!/usr/bin/env node
// The ota-agent CLI (package.json "bin"; also `npm run agent --`). Runs the TypeScript through @swc-node/register
// with the repository's tsconfig.json (for the @app/* aliases), from the directory the user ran it in.
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '../../../tsconfig.json');
// `npm run` starts scripts in the repository root and names the caller's directory in INIT_CWD; go back there.
// Only then: a process started some other way (a script, a test) may inherit INIT_CWD from an npm far up.
const repoRoot = path.join(__dirname, '../../..');
if (process.env.INIT_CWD && process.env.npm_lifecycle_event && path.resolve(process.cwd()) === path.resolve(repoRoot)) process.chdir(process.env.INIT_CWD);
require('@swc-node/register');
require('../src/main.ts');
