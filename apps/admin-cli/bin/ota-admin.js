#!/usr/bin/env node
// The ota-admin CLI (package.json "bin"; also `npm run admin --`). Runs the TypeScript through @swc-node/register
// with the repository's tsconfig.json (for the @app/* aliases), from the directory the user ran it in.
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '../../../tsconfig.json');
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
require('@swc-node/register');
require('../src/main.ts');
