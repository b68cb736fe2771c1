import { PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import type { FieldError } from '@app/protocol';
import { validationFailed } from './api-error';

/** Turns zod issues into our FieldError list: every bad field at once, with its dotted path. */
export function zodFieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: string[] }[]): FieldError[] {
  return issues.flatMap((i) => {
    const base = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys' && i.keys) {
      return i.keys.map((k) => ({ path: base ? `${base}.${k}` : k, message: 'unknown field' }));
    }
    return [{ path: base || '(body)', message: i.message }];
  });
}

/** Validates a request body (or query) against a zod schema; unknown fields are rejected by the schemas. */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) throw validationFailed(zodFieldErrors(parsed.error.issues));
    return parsed.data;
  }
}
