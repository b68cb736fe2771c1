/** Ceremony files: TUF metadata JSON (`{signed, signatures}`) on disk, read and written whole. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseRoot, parseTargets } from '@app/manifest';
import type { Metadata, Root, Targets } from '@tufjs/models';
import { CliError } from '../cli-error';
import { readText } from '../client/admin-client';

export function readRootFile(file: string): Metadata<Root> {
  return parseFile(file, parseRoot, 'root');
}

export function readTargetsFile(file: string): Metadata<Targets> {
  return parseFile(file, parseTargets, 'targets');
}

/** A new file: refuses to overwrite (a half-signed root is a ceremony's work). */
export function writeNewMetadata(file: string, metadata: Metadata<Root | Targets>): void {
  if (fs.existsSync(file)) throw new CliError('FILE_EXISTS', `${file} already exists; refusing to overwrite it (choose another --out)`);
  write(file, metadata, 'wx');
}

/** Replaces a file whole (write beside it, then rename): a crash leaves the old signatures, never half a file. */
export function replaceMetadata(file: string, metadata: Metadata<Root | Targets>): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  write(temp, metadata, 'w');
  fs.renameSync(temp, file);
}

function write(file: string, metadata: Metadata<Root | Targets>, flag: string): void {
  try {
    fs.writeFileSync(file, `${JSON.stringify(metadata.toJSON(), null, 2)}\n`, { flag });
  } catch (error) {
    throw new CliError('FILE_UNWRITABLE', `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function parseFile<T>(file: string, parse: (json: string) => T, role: string): T {
  const text = readText(file, `${role} metadata file`);
  try {
    return parse(text);
  } catch (error) {
    throw new CliError('METADATA_INVALID', `${file} is not ${role} metadata: ${(error as Error).message}`);
  }
}
