import { runCli } from './cli';

/** `ota-admin` / `npm run admin --`. */
void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then((code) => {
  process.exitCode = code;
});
