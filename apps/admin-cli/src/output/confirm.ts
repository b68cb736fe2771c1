import { confirm } from '@inquirer/prompts';
import { PassThrough } from 'node:stream';
import type { CliIo } from '../cli-io';

/** Asks before a signature leaves this machine (D7: signers review what they sign). Declined or aborted: false. */
export async function confirmed(io: CliIo, message: string): Promise<boolean> {
  // The prompt ends the output stream it is given when it is done: give it one of its own, so the command's
  // stdout stays open for what it prints next.
  const output = new PassThrough();
  output.pipe(io.stdout, { end: false });
  try {
    return await confirm({ message, default: false }, { input: io.stdin, output });
  } catch (error) {
    // Ctrl-C or a closed stdin: nothing is signed.
    if (error instanceof Error && error.name === 'ExitPromptError') return false;
    throw error;
  }
}
