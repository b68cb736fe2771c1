import { CodedError, type FieldError } from '@app/protocol';

/** Exit codes: 1 for a refusal or a failed request, 2 for a usage or configuration mistake (as commander's). */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * Every refusal of the CLI, printed as `ota-admin: <code>: <message>` without a stack trace. Server answers keep
 * the server's `code` (e.g. STALE_PROPOSAL); the CLI's own refusals name what it checked.
 */
export class CliError extends CodedError<string> {
  readonly exitCode: number;

  constructor(code: string, message: string, options: { exitCode?: number; errors?: FieldError[]; cause?: unknown } = {}) {
    super(code, message, { errors: options.errors, cause: options.cause });
    this.exitCode = options.exitCode ?? EXIT_FAILURE;
  }
}

export const usageError = (message: string) => new CliError('USAGE', message, { exitCode: EXIT_USAGE });
