import { z } from 'zod';

/**
 * User text as the vault accepts it. Lone surrogates cannot be stored as UTF-8 without
 * silently turning into U+FFFD, and NUL truncates text in some SQLite functions: both are
 * refused with a clear message instead of being altered.
 */
export function boundedText(max: number, options: { required?: boolean } = {}) {
  let schema = z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => s.isWellFormed(), { message: 'contains broken Unicode (a lone surrogate)' })
    .refine((s) => !s.includes('\u0000'), { message: 'contains a NUL character' });
  if (options.required) {
    schema = schema.refine((s) => s.trim().length > 0, { message: 'must not be empty' });
  }
  return schema;
}
