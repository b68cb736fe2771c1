/**
 * The OTA server as its own process, started the way `npm start` starts it (main.ts, environment
 * configuration), for tests that must stop it the hard way (`kill -9`) or put its data directory on a
 * filesystem of their own. TypeScript is compiled on the fly (@swc-node/register), as `npm run demo` does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..');

export interface ServerProcess {
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends a signal and waits for the process to end; resolves with its exit code (null when killed). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

/** A port nobody listens on now (the server prints the configured port, so it is chosen here, not 0). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts it on `port` (a free one when not given); rejects with its output when it exits before listening. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000, port?: number): Promise<ServerProcess> {
  port ??= await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(REPO, 'apps/ota-server/src/main.ts')], {
    cwd: REPO,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', SWC_NODE_PROJECT: path.join(REPO, 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitForListening(child, () => output, exited, timeoutMs);
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

async function waitForListening(child: ChildProcess, output: () => string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void exited.then(() => (ended = true));
  while (!output().includes('OTA server listening on')) {
    if (ended) throw new Error(`the server process exited before listening:\n${output()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server process did not listen within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
