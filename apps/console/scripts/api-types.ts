/**
 * `npm run console:api-types`: the console's API types (apps/console/src/api/schema.d.ts) from the OpenAPI document
 * of the real server (D9: the client is typed from the document). `--check` writes nothing and exits 1 when the
 * committed file differs from what the server documents now (a test runs it). Started as lint-openapi.ts does: a
 * test server, its /docs/openapi.json.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startServer } from '../../ota-server/test/harness';

export const SCHEMA_FILE = path.join(__dirname, '..', 'src', 'api', 'schema.d.ts');
const HEADER = "// Generated from the server's OpenAPI document by `npm run console:api-types`: do not edit.\n\n";

async function documentOfTheServer(): Promise<unknown> {
  const server = await startServer();
  try {
    return await (await fetch(`${server.url}/docs/openapi.json`)).json();
  } finally {
    await server.close();
  }
}

export async function generateApiTypes(): Promise<string> {
  const doc = await documentOfTheServer();
  // Both are ES modules; Node (>= 20.19) requires them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: openapiTS, astToString } = require('openapi-typescript') as typeof import('openapi-typescript');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const prettier = require('prettier') as typeof import('prettier');
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...options, parser: 'typescript' });
}

async function main(check: boolean): Promise<number> {
  const text = await generateApiTypes();
  const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (!check) {
    fs.writeFileSync(SCHEMA_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
    return 0;
  }
  if (committed === text) return 0;
  console.error(`${path.relative(process.cwd(), SCHEMA_FILE)} is stale: the server's OpenAPI document changed. Run \`npm run console:api-types\`.`);
  return 1;
}

if (require.main === module) {
  main(process.argv.includes('--check')).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
