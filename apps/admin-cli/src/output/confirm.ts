import { confirm } from '@inquirer/prompts';
import type { CliIo } from '../cli-io';

/** Asks before a signature leaves this machine (D7: signers review what they sign). Declined or aborted: false. */
export async function confirmed(io: CliIo, message: string): Promise<boolean> {
  try {
    return await confirm({ message, default: false }, { input: io.stdin, output: io.stdout });
  } catch (error) {
    // Ctrl-C or a closed stdin: nothing is signed.
    if (error instanceof Error && error.name === 'ExitPromptError') return false;
    throw error;
  }
}
