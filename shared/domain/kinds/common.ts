import { z } from 'zod';
import { CIVIC_TOPICS, ENTRY_STATUSES, REPORTING_OUTLETS, SENSITIVITIES } from '../entry-vocabulary';
import { boundedText } from '../text';
import { LIMITS } from '../limits';
import { richDocSchema } from '../rich-text';

export { LIMITS };

/** An ISO-8601 instant with its offset, as the UI and CLI send it (stored in UTC). */
export const isoInstant = z.iso.datetime({ offset: true });
/** A calendar day (a due date, a next hearing), with no time and no zone. */
export const isoDate = z.iso.date();

export const entryIdSchema = z.uuid();

const tagSchema = boundedText(LIMITS.tag, { required: true }).refine((s) => !/[\n\r]/.test(s), { message: 'must be on one line' });

/** Unique values, in the order given: a repeated tag is the same tag. */
export function distinctList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { message: 'lists the same value twice' });
}

/**
 * What every kind of entry carries. Only title is required: `{"kind":"meeting","title":…}` is a
 * whole entry, the rest defaults. The body is plain text (what search indexes and snippets
 * show); bodyDoc, when present, is the same text with its formatting (shared/domain/rich-text),
 * and the vault derives body from it (plainTextOf) rather than trusting the two to agree.
 */
export const commonInputShape = {
  title: boundedText(LIMITS.title, { required: true }),
  body: boundedText(LIMITS.body).default(''),
  bodyDoc: richDocSchema.nullable().default(null),
  occurredAt: isoInstant.nullable().default(null),
  location: boundedText(LIMITS.location).default(''),
  country: boundedText(LIMITS.country).default(''),
  tags: distinctList(tagSchema, LIMITS.tags).default([]),
  topics: distinctList(z.enum(CIVIC_TOPICS), CIVIC_TOPICS.length).default([]),
  outlets: distinctList(z.enum(REPORTING_OUTLETS), REPORTING_OUTLETS.length).default([]),
  sensitivity: z.enum(SENSITIVITIES).default('normal'),
};

/** What the vault adds to an entry it stores. */
export const storedShape = {
  id: entryIdSchema,
  /** Increases by one on every save; an update names the revision it edits so a stale editor cannot overwrite newer work. */
  revision: z.number().int().positive(),
  status: z.enum(ENTRY_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const STORED_KEYS = ['id', 'revision', 'status', 'createdAt', 'updatedAt'] as const;
