import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The generated first admin token, kept for the person who starts the server (D5): a file only the server's
 * user can read, in DATA_DIR. Never on stdout, which carries the JSON logs into whatever ships them.
 */
export function bootstrapTokenFileOf(dataDir: string): string {
  return path.join(dataDir, 'admin-token');
}

/** Writes the token with mode 0600 (a fresh file, then renamed over the old one: never readable by others, never half-written). */
export function writeBootstrapTokenFile(file: string, secret: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fresh = `${file}.${process.pid}.tmp`;
  fs.rmSync(fresh, { force: true });
  const fd = fs.openSync(fresh, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${secret}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(fresh, file);
}
