import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import type { FieldError } from '@app/protocol';
import { validationFailed } from './api-error';

/** Turns zod issues into our FieldError list: every bad field at once, with its dotted path (`root` when empty). */
export function zodFieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: string[] }[],
  root = '(body)',
): FieldError[] {
  return issues.flatMap((i) => {
    const base = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys' && i.keys) {
      return i.keys.map((k) => ({ path: base ? `${base}.${k}` : k, message: 'unknown field' }));
    }
    return [{ path: base || root, message: i.message }];
  });
}

/** What the answer calls the validated value: a path parameter by its name, the query, or the body. */
function describeArgument(meta?: ArgumentMetadata): { root: string; what: string } {
  if (meta?.type === 'param') return { root: meta.data ?? '(path)', what: `path parameter ${meta.data ?? ''}`.trim() };
  if (meta?.type === 'query') return { root: '(query)', what: 'query string' };
  return { root: '(body)', what: 'request body' };
}

/**
 * Validates a request body, query or path parameter against a zod schema; unknown fields are rejected by the
 * schemas. `moreErrors` names rules checked beyond the schema (a lib's validator): when the shape is wrong they
 * are reported with it, so one answer lists every bad field.
 */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: ZodType<T>,
    private readonly moreErrors?: (value: unknown) => FieldError[],
  ) {}

  transform(value: unknown, meta?: ArgumentMetadata): T {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) {
      const { root, what } = describeArgument(meta);
      const errors = zodFieldErrors(parsed.error.issues, root);
      const seen = new Set(errors.map((e) => e.path));
      const more = (this.moreErrors?.(value) ?? []).filter((e) => !seen.has(e.path));
      throw validationFailed([...errors, ...more], `${what} is invalid`);
    }
    return parsed.data;
  }
}
