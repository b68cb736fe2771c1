/**
 * `npm run lint:openapi` (run by .ci/run): starts a test server, reads /docs/openapi.json and lints it with
 * Redocly's recommended rules. Any problem fails, warnings included: the document has none, and keeps none (D9:
 * the document is what client generators read). A script, not a jest test: @redocly/openapi-core is an ES module, which jest's
 * CommonJS runtime cannot load (Node itself can).
 */
import { startServer } from './harness';

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

async function main(): Promise<number> {
  const server = await startServer();
  let source: string;
  try {
    source = await (await fetch(`${server.url}/docs/openapi.json`)).text();
  } finally {
    await server.close();
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const redocly = require('@redocly/openapi-core') as typeof import('@redocly/openapi-core');
  const config = await redocly.createConfig({ extends: ['recommended'] });
  const problems = (await redocly.lintFromString({ source, absoluteRef: 'openapi.json', config })) as unknown as Problem[];
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(`${p.severity} ${p.ruleId}`, (counts.get(`${p.severity} ${p.ruleId}`) ?? 0) + 1);
  for (const p of problems) console.error(`${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
  console.log(`OpenAPI lint (Redocly recommended): ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'no problems'}`);
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
