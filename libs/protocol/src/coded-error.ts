import type { FieldError } from './errors';

export interface CodedErrorOptions {
  /** The error this one stands for (a driver's, the file system's); kept for logs, never shown to clients. */
  cause?: unknown;
  /** Each bad field at once, when the error is a refusal of input (`path` dotted, e.g. `migrations.2.key`). */
  errors?: readonly FieldError[];
}

/**
 * The base of every error the libs and apps throw on purpose: a stable `code` from a closed list (a code, once
 * shipped, keeps its meaning: agents report them and dashboards count them), a message that says what was
 * expected and what was found, and the bad fields when there are several. The HTTP layer maps codes to
 * statuses in one table (apps/ota-server/src/http/lib-errors.ts).
 */
export class CodedError<C extends string = string> extends Error {
  readonly errors: readonly FieldError[];

  constructor(
    readonly code: C,
    message: string,
    options: CodedErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.errors = options.errors ?? [];
  }
}
