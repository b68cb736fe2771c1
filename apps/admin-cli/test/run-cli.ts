import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli } from '../src/cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `ota-admin ...` in-process; `input` is what the person types (e.g. "n\n" at a confirmation). */
export async function cli(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  if (options.input !== undefined) setTimeout(() => stdin.write(options.input), 50);
  const code = await runCli(args, { stdout, stderr, stdin, env: options.env ?? {} });
  return { code, out, err };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
