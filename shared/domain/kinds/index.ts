import { z } from 'zod';
import { meetingInputSchema, meetingNoteSchema } from './meeting';
import { observationInputSchema, observationSchema } from './observation';
import { trialDraftSchema, trialInputSchema, trialSchema } from './trial';
import { consentInputSchema, consentSchema } from './consent';
import { caseInputSchema, caseSchema } from './case';
import { LIMITS, entryIdSchema } from './common';
import { boundedText } from '../text';

/**
 * Each kind's input and stored schema, one pair per kind. Adding a kind is one line here, one
 * module in electron/core/kinds, a migration for its details table, and its screens.
 */
export const KIND_SCHEMAS = {
  meeting: { input: meetingInputSchema, stored: meetingNoteSchema },
  observation: { input: observationInputSchema, stored: observationSchema },
  trial: { input: trialInputSchema, stored: trialSchema },
  consent: { input: consentInputSchema, stored: consentSchema },
  case: { input: caseInputSchema, stored: caseSchema },
} as const;

export type WritableKind = keyof typeof KIND_SCHEMAS;

export const entryInputSchema = z.discriminatedUnion('kind', [meetingInputSchema, observationInputSchema, trialInputSchema, consentInputSchema, caseInputSchema]);
/** What a caller sends (defaults not yet applied) and what the vault works with (applied). */
export type EntryInputData = z.input<typeof entryInputSchema>;
export type EntryInput = z.output<typeof entryInputSchema>;

export const entrySchema = z.discriminatedUnion('kind', [meetingNoteSchema, observationSchema, trialSchema, consentSchema, caseSchema]);
export type Entry = z.output<typeof entrySchema>;
export type EntryOf<K extends WritableKind> = Extract<Entry, { kind: K }>;

/**
 * What the editor held when it last wrote a draft: an entry input whose title may still be
 * empty (an officer often starts with the body). Every other limit is the entry's own, so a
 * draft can never hold more than a saved entry could.
 */
const untitled = { title: boundedText(LIMITS.title) };
/** A consent draft may not have its person yet (''), as it may lack a title; a save needs both. */
const consentDraftSchema = consentInputSchema.extend({ ...untitled, personId: entryIdSchema.or(z.literal('')) });
export const draftEntrySchema = z.discriminatedUnion('kind', [meetingInputSchema.extend(untitled), observationInputSchema.extend(untitled), trialDraftSchema, consentDraftSchema, caseInputSchema.extend(untitled)]);
export type DraftEntry = z.output<typeof draftEntrySchema>;

export function isWritableKind(kind: string): kind is WritableKind {
  return Object.hasOwn(KIND_SCHEMAS, kind);
}

/** What `entry add --json` takes for a kind, as JSON Schema (`fieldnotes schema KIND`, docs/records.md). */
export function kindJsonSchema(kind: WritableKind): unknown {
  return z.toJSONSchema(KIND_SCHEMAS[kind].input, { io: 'input', unrepresentable: 'any' });
}
