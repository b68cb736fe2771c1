/**
 * D9: the console's client is typed from the server's OpenAPI document. The committed types
 * (apps/console/src/api/schema.d.ts) must be what the server documents now: regenerate with
 * `npm run console:api-types` after changing a route or a DTO.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..', '..');

describe("the console's API types", () => {
  it("are those of the server's OpenAPI document", async () => {
    // A child process: openapi-typescript is an ES module, which jest's CommonJS runtime cannot load (Node can).
    const run = promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'apps/console/scripts/api-types.ts', '--check'], { cwd: ROOT });
    await expect(run).resolves.toBeDefined();
  });
});
