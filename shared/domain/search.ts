import { z } from 'zod';
import { COUNTERPART_TYPES, ENTRY_KINDS, entryIdSchema } from './entries';

export const SEARCH_LIMITS = { query: 500, maxPageSize: 100 } as const;

/** Best matches first, or newest first (by when it happened, undated notes by when written). */
export const SEARCH_SORTS = ['relevance', 'date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const searchQuerySchema = z.strictObject({
  query: z
    .string()
    .max(SEARCH_LIMITS.query)
    .refine((s) => s.isWellFormed(), { message: 'contains broken Unicode (a lone surrogate)' }),
  limit: z.number().int().min(1).max(SEARCH_LIMITS.maxPageSize).default(20),
  // Deep enough for every note of a large notebook: the count grows with the page (COUNT_AHEAD).
  offset: z.number().int().min(0).max(10_000_000).default(0),
  sort: z.enum(SEARCH_SORTS).default('relevance'),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

/** A run of display text; `hit` marks the words that matched. Rendered as text, never as HTML. */
export const textSegmentSchema = z.strictObject({ text: z.string(), hit: z.boolean() });
export type TextSegment = z.infer<typeof textSegmentSchema>;

/** The short fields a match can be in, besides the title and the body. */
export const MATCHED_FIELDS = ['participants', 'location'] as const;
export type MatchedField = (typeof MATCHED_FIELDS)[number];

/** A short field that holds matching words, highlighted: it says why the note matched. */
export const fieldMatchSchema = z.strictObject({ field: z.enum(MATCHED_FIELDS), segments: z.array(textSegmentSchema) });
export type FieldMatch = z.infer<typeof fieldMatchSchema>;

export const searchHitSchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(ENTRY_KINDS),
  title: z.array(textSegmentSchema),
  /** An excerpt of the body around its matches; empty when only other fields matched (they say why instead). */
  snippet: z.array(textSegmentSchema),
  /** Participants or location when they hold matching words, in that order. */
  fields: z.array(fieldMatchSchema),
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
