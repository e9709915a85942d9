import { z } from 'zod';
import { COUNTERPART_TYPES } from '../entry-vocabulary';
import { boundedText } from '../text';
import { LIMITS, commonInputShape, entryIdSchema, isoDate, storedShape } from './common';

/** Someone at the meeting, linked to a person or organisation kept in People (shown by pseudonym). */
const participantRefSchema = z.strictObject({ personId: entryIdSchema });

const followUpSchema = z.strictObject({
  text: boundedText(LIMITS.field, { required: true }),
  owner: boundedText(LIMITS.field).default(''),
  dueOn: isoDate.nullable().default(null),
  done: z.boolean().default(false),
});

/**
 * A passage of what was said. With doNotAttribute the passage is kept but its speaker is
 * never named in an export or report of it (a source who spoke on that condition).
 */
const statementSchema = z.strictObject({
  text: boundedText(LIMITS.paragraph, { required: true }),
  speaker: participantRefSchema.nullable().default(null),
  doNotAttribute: z.boolean().default(false),
});

export const meetingInputSchema = z.strictObject({
  kind: z.literal('meeting'),
  ...commonInputShape,
  counterpartType: z.enum(COUNTERPART_TYPES).nullable().default(null),
  /** Free text, as the officer wrote it: people not (yet) in People, or nobody worth a record. */
  participants: boundedText(LIMITS.participants).default(''),
  participantRefs: z.array(participantRefSchema).max(LIMITS.rows).default([]),
  /** For embassy colleagues: what the mission should know or raise. */
  concerns: boundedText(LIMITS.paragraph).default(''),
  followUps: z.array(followUpSchema).max(LIMITS.rows).default([]),
  statements: z.array(statementSchema).max(LIMITS.rows).default([]),
  /** The threatened-defender case this meeting was about, if any (an entry of kind 'case'). */
  defenderCaseId: entryIdSchema.nullable().default(null),
});
export type MeetingInput = z.output<typeof meetingInputSchema>;

export const meetingNoteSchema = meetingInputSchema.extend(storedShape);
export type MeetingNote = z.output<typeof meetingNoteSchema>;
export type FollowUp = z.output<typeof followUpSchema>;
export type Statement = z.output<typeof statementSchema>;
