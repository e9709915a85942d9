import { z } from 'zod';
import { CIVIC_TOPICS, ENTRY_KINDS, ENTRY_STATUSES, REPORTING_OUTLETS, SENSITIVITIES } from './entry-vocabulary';
import { LIMITS, entryIdSchema, isoInstant } from './kinds/common';

export {
  CIVIC_TOPICS,
  COUNTERPART_TYPES,
  ENTRY_KINDS,
  ENTRY_STATUSES,
  REPORTING_OUTLETS,
  SENSITIVITIES,
  type CivicTopic,
  type CounterpartType,
  type EntryKind,
  type EntryStatus,
  type ReportingOutlet,
  type Sensitivity,
} from './entry-vocabulary';
export { LIMITS, entryIdSchema, isoDate, isoInstant } from './kinds/common';
export { meetingInputSchema, meetingNoteSchema, type MeetingInput, type MeetingNote } from './kinds/meeting';
export {
  KIND_SCHEMAS,
  draftEntrySchema,
  entryInputSchema,
  entrySchema,
  isWritableKind,
  type DraftEntry,
  type Entry,
  type EntryInput,
  type EntryInputData,
  type EntryOf,
  type WritableKind,
} from './kinds';

/**
 * A fact a list row or search hit shows beside the title: a vocabulary value the renderer
 * translates (`facts.<field>.<value>`), never free text, so a name cannot reach a list this way.
 */
export const summaryFactSchema = z.strictObject({
  field: z.string().regex(/^[a-z][a-zA-Z]{0,39}$/),
  value: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/),
});
export type SummaryFact = z.infer<typeof summaryFactSchema>;

export const entrySummarySchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  occurredAt: z.string().nullable(),
  updatedAt: z.string(),
  status: z.enum(ENTRY_STATUSES),
  sensitivity: z.enum(SENSITIVITIES),
  facts: z.array(summaryFactSchema),
});
export type EntrySummary = z.infer<typeof entrySummarySchema>;

/**
 * What a list can be narrowed by besides kind and dates: the facets an entry carries (facet_values and entry_facet_keys, schema 19).
 * 'person' and 'case' hold ids (a person's, a threatened-defender case's); 'tag' the tag's
 * text as typed; topics and outlets their vocabulary ids.
 */
export const LIST_FACETS = ['tag', 'topic', 'outlet', 'person', 'case', 'country', 'trial-case'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];

const facetFilterSchema = z.discriminatedUnion('facet', [
  z.strictObject({ facet: z.literal('topic'), value: z.enum(CIVIC_TOPICS) }),
  z.strictObject({ facet: z.literal('outlet'), value: z.enum(REPORTING_OUTLETS) }),
  z.strictObject({ facet: z.literal('person'), value: entryIdSchema }),
  z.strictObject({ facet: z.literal('case'), value: entryIdSchema }),
  z.strictObject({ facet: z.literal('tag'), value: z.string().min(1).max(60) }),
  z.strictObject({ facet: z.literal('country'), value: z.string().min(1).max(100) }),
  /** Hearings of one case: the case number as caseNumberKey (trial-vocabulary.ts) normalises it. */
  z.strictObject({ facet: z.literal('trial-case'), value: z.string().min(1).max(LIMITS.field) }),
]);
export type FacetFilter = z.infer<typeof facetFilterSchema>;

/** Where the next page of a list starts: opaque to the renderer, which hands back what it was given. */
export const listCursorSchema = z.string().max(100);

/**
 * A page of the notebook, newest first. `after` (the cursor of the previous page) is the fast
 * way to read on; `offset` reaches any row directly (a scrollbar dragged to the middle).
 * `from`/`until` bound when it happened (undated entries: when written), `until` exclusive.
 */
export const entryListQuerySchema = z.strictObject({
  kind: z.enum(ENTRY_KINDS).optional(),
  facets: z.array(facetFilterSchema).max(6).default([]),
  from: isoInstant.optional(),
  until: isoInstant.optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
  after: listCursorSchema.optional(),
});
export type EntryListQuery = z.output<typeof entryListQuerySchema>;

export const entryListPageSchema = z.strictObject({
  entries: z.array(entrySummarySchema),
  total: z.number().int().nonnegative(),
  /** The cursor for the page after this one; null at the end. */
  nextCursor: listCursorSchema.nullable(),
});
export type EntryListPage = z.infer<typeof entryListPageSchema>;
