import { z } from 'zod';
import { COUNTERPART_TYPES, ENTRY_KINDS, entryIdSchema } from './entries';

export const SEARCH_LIMITS = { query: 500, maxPageSize: 100 } as const;

export const searchQuerySchema = z.strictObject({
  query: z
    .string()
    .max(SEARCH_LIMITS.query)
    .refine((s) => s.isWellFormed(), { message: 'contains broken Unicode (a lone surrogate)' }),
  limit: z.number().int().min(1).max(SEARCH_LIMITS.maxPageSize).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

/** A run of display text; `hit` marks the words that matched. Rendered as text, never as HTML. */
export const textSegmentSchema = z.strictObject({ text: z.string(), hit: z.boolean() });
export type TextSegment = z.infer<typeof textSegmentSchema>;

export const searchHitSchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(ENTRY_KINDS),
  title: z.array(textSegmentSchema),
  snippet: z.array(textSegmentSchema),
  occurredAt: z.string().nullable(),
  counterpartType: z.enum(COUNTERPART_TYPES).nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.strictObject({
  hits: z.array(searchHitSchema),
  /** Number of matching entries, counted up to `totalIsLowerBound` cap. */
  total: z.number().int().nonnegative(),
  totalIsLowerBound: z.boolean(),
  /**
   * For terms found in very many notes, ranking is done over the most recent matches only
   * (see ARCHITECTURE.md, "Search"). The UI says so rather than pretending otherwise.
   */
  rankedWindow: z.number().int().positive().nullable(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
