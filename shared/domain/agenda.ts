import { z } from 'zod';
import { CIVIC_TOPICS } from './entry-vocabulary';
import { entrySummarySchema } from './entries';
import { LIMITS, isoDate } from './kinds/common';

/** What comes due, by the 'due:*' facet a kind writes (electron/core/kinds). */
export const DUE_WHATS = ['hearing', 'follow-up', 'consent-review', 'consent-expiry', 'case-action'] as const;
export type DueWhat = (typeof DUE_WHATS)[number];

/**
 * Where an item falls from today, in the order Upcoming shows them. A past hearing is not
 * overdue (it happened, or its next date was recorded elsewhere); everything else is.
 */
export const DUE_BUCKETS = ['overdue', 'today', 'week', 'later'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

export const upcomingItemSchema = z.strictObject({
  what: z.enum(DUE_WHATS),
  due: isoDate,
  bucket: z.enum(DUE_BUCKETS),
  entry: entrySummarySchema,
});
export type UpcomingItem = z.infer<typeof upcomingItemSchema>;

export const upcomingQuerySchema = z.strictObject({
  /** How far ahead to look, in days from today (the notebook's clock). */
  days: z.number().int().min(1).max(366).default(60),
});

/** Parsed period bounds: a day each, `until` included. */
export const civicSpaceQuerySchema = z.strictObject({
  country: z.string().trim().min(1).max(LIMITS.country),
  from: isoDate,
  until: isoDate,
});
export type CivicSpaceQuery = z.output<typeof civicSpaceQuerySchema>;

/** Per topic, in the guidelines' order: how many entries in the period, and the newest of them. */
export const civicSpaceViewSchema = z.strictObject({
  topics: z.array(z.strictObject({ topic: z.enum(CIVIC_TOPICS), total: z.number().int().nonnegative(), entries: z.array(entrySummarySchema) })),
});
export type CivicSpaceView = z.infer<typeof civicSpaceViewSchema>;
