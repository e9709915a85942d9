import { z } from 'zod';
import { ENTRY_KINDS, entryIdSchema, summaryFactSchema } from './entries';

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

/**
 * A short field that holds matching words, highlighted: it says why the entry matched. `field`
 * is the field's name in the entry (`participants`, `location`, `courtName`…), which the
 * renderer labels.
 */
export const fieldMatchSchema = z.strictObject({ field: z.string().regex(/^[a-z][a-zA-Z]{0,39}$/), segments: z.array(textSegmentSchema) });
export type FieldMatch = z.infer<typeof fieldMatchSchema>;

export const searchHitSchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(ENTRY_KINDS),
  title: z.array(textSegmentSchema),
  /** An excerpt of the body around its matches; empty when only other fields matched (they say why instead). */
  snippet: z.array(textSegmentSchema),
  /** The kind's short fields that hold matching words, in the kind's order. */
  fields: z.array(fieldMatchSchema),
  occurredAt: z.string().nullable(),
  facts: z.array(summaryFactSchema),
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
  /**
   * Present while the search index is incomplete after an upgrade changed what it holds: it
   * covers `indexed` of `total` entries, and these results can miss the rest. `rebuilding`:
   * the rebuild is under way (otherwise it stopped and resumes at the next unlock).
   */
  indexIncomplete: z
    .strictObject({ indexed: z.number().int().nonnegative(), total: z.number().int().nonnegative(), rebuilding: z.boolean() })
    .optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
