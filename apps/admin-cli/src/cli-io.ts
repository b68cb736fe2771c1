/** Where a command reads and writes: the process's streams in `main.ts`, in-memory streams in tests. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
}

export function println(io: CliIo, text = ''): void {
  io.stdout.write(`${text}\n`);
}

export function warn(io: CliIo, text: string): void {
  io.stderr.write(`ota-admin: warning: ${text}\n`);
}
