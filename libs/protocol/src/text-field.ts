import { z } from 'zod';

/**
 * Control characters other than tab, line feed and carriage return. PostgreSQL text cannot hold U+0000 at all
 * (it answers an error, which would be a 500), and the others have no business in a name, a reason or a filter.
 */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/** A free-text field stored or matched as text: at most `max` characters, no control characters. */
export const textField = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL.test(s), { message: 'expected text without control characters' });
