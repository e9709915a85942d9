import { z } from 'zod';
import {
  ANSWERS,
  CHECKLIST_FINDINGS,
  CONCERN_LEVELS,
  COUNSEL_APPOINTMENTS,
  COURT_TYPES,
  DETENTION_STATUSES,
  FAIR_TRIAL_ITEMS,
  OBSERVER_GROUPS,
  TRIAL_STAGES,
} from '../trial-vocabulary';
import { boundedText } from '../text';
import { LIMITS, commonInputShape, distinctList, entryIdSchema, isoDate, isoInstant, storedShape } from './common';

const field = () => boundedText(LIMITS.field).default('');
const paragraph = () => boundedText(LIMITS.paragraph).default('');
const answer = () => z.enum(ANSWERS).default('unknown');
const instant = () => isoInstant.nullable().default(null);

/** A line of the live hearing log: its id is what a checklist item cites; `at` is when it was typed (editable). */
export const logLineIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, { message: 'must be letters, digits and dashes' });
const logLineSchema = z.strictObject({
  id: logLineIdSchema,
  at: isoInstant,
  text: boundedText(LIMITS.paragraph, { required: true }),
});

const counselSchema = z.strictObject({
  name: boundedText(LIMITS.field, { required: true }),
  appointment: z.enum(COUNSEL_APPOINTMENTS).nullable().default(null),
});

/** A defendant by name or pseudonym as typed, or linked to a person in People (shown by pseudonym). */
const defendantSchema = z.strictObject({
  name: field(),
  personId: entryIdSchema.nullable().default(null),
  detention: z.enum(DETENTION_STATUSES).default('unknown'),
  detentionPlace: field(),
  juvenile: z.boolean().default(false),
});

const hearingSchema = z.strictObject({
  courtName: field(),
  courtType: z.enum(COURT_TYPES).nullable().default(null),
  courtLevel: field(),
  city: field(),
  courtroom: field(),
  caseNumber: field(),
  scheduledStart: instant(),
  scheduledEnd: instant(),
  actualStart: instant(),
  actualEnd: instant(),
  stage: z.enum(TRIAL_STAGES).nullable().default(null),
  judges: field(),
  prosecutor: field(),
  counsel: z.array(counselSchema).max(LIMITS.rows).default([]),
  defendants: z.array(defendantSchema).max(LIMITS.rows).default([]),
  charges: paragraph(),
  legalProvisions: paragraph(),
  plea: field(),
  languages: field(),
  interpreter: answer(),
});

const accessSchema = z.strictObject({
  admitted: answer(),
  idChecked: answer(),
  toldNoNotes: answer(),
  removed: answer(),
  observers: distinctList(z.enum(OBSERVER_GROUPS), OBSERVER_GROUPS.length).default([]),
  observersNotes: field(),
  security: paragraph(),
});

/** Pre-trial rights, as the officer learned them (from counsel, family, the file). */
const rightsSchema = z.strictObject({
  reasonsGiven: answer(),
  lawyerFromArrest: answer(),
  promptlyBeforeJudge: answer(),
  pretrialDetention: field(),
  tortureAlleged: answer(),
  incommunicado: answer(),
  notes: paragraph(),
});

/** One item of the brief's fair-trial checklist: its finding, the evidence, the log lines it rests on. */
const checklistItemSchema = z.strictObject({
  item: z.enum(FAIR_TRIAL_ITEMS),
  finding: z.enum(CHECKLIST_FINDINGS).nullable().default(null),
  evidence: paragraph(),
  cites: distinctList(logLineIdSchema, LIMITS.rows).default([]),
});

const adjournmentSchema = z.strictObject({
  adjourned: z.boolean().default(false),
  reason: paragraph(),
  nextHearingOn: isoDate.nullable().default(null),
});

const assessmentSchema = z.strictObject({
  concernLevel: z.enum(CONCERN_LEVELS).nullable().default(null),
  forHq: paragraph(),
  demarche: paragraph(),
  attendNext: answer(),
});

const trialShape = {
  kind: z.literal('trial'),
  ...commonInputShape,
  hearing: hearingSchema.prefault({}),
  access: accessSchema.prefault({}),
  rights: rightsSchema.prefault({}),
  checklist: z.array(checklistItemSchema).max(FAIR_TRIAL_ITEMS.length).default([]),
  log: z.array(logLineSchema).max(LIMITS.rows).default([]),
  adjournment: adjournmentSchema.prefault({}),
  assessment: assessmentSchema.prefault({}),
  /** The threatened-defender case this trial belongs to, if any (an entry of kind 'case'). */
  defenderCaseId: entryIdSchema.nullable().default(null),
};

/** One finding per checklist item, unique log line ids, and evidence that cites only lines in the log. */
function checkTrial(trial: { checklist: { item: string; cites: string[] }[]; log: { id: string }[] }, ctx: z.RefinementCtx): void {
  const items = trial.checklist.map((c) => c.item);
  if (new Set(items).size !== items.length) ctx.addIssue({ code: 'custom', path: ['checklist'], message: 'lists the same item twice' });
  const ids = new Set(trial.log.map((line) => line.id));
  if (ids.size !== trial.log.length) ctx.addIssue({ code: 'custom', path: ['log'], message: 'has two lines with the same id' });
  trial.checklist.forEach((c, i) => {
    const missing = c.cites.find((id) => !ids.has(id));
    if (missing !== undefined) ctx.addIssue({ code: 'custom', path: ['checklist', i, 'cites'], message: `cites a log line that is not in the log (${missing})` });
  });
}

export const trialInputSchema = z.strictObject(trialShape).superRefine(checkTrial);
export type TrialInput = z.output<typeof trialInputSchema>;

export const trialSchema = z.strictObject({ ...trialShape, ...storedShape }).superRefine(checkTrial);
export type Trial = z.output<typeof trialSchema>;

/** A draft may have no title yet; its other limits are the trial's own (the cross-checks wait for the save). */
export const trialDraftSchema = z.strictObject({ ...trialShape, title: boundedText(LIMITS.title) });

export type LogLine = z.output<typeof logLineSchema>;
export type ChecklistEntry = z.output<typeof checklistItemSchema>;
export type Defendant = z.output<typeof defendantSchema>;
export type Counsel = z.output<typeof counselSchema>;
export type Hearing = z.output<typeof hearingSchema>;

/** One hearing of a case as the case timeline lists it, oldest first. */
export const timelineHearingSchema = z.strictObject({
  id: entryIdSchema,
  title: z.string(),
  occurredAt: z.string().nullable(),
  stage: z.enum(TRIAL_STAGES).nullable(),
  /** Why this hearing was adjourned and to when; null when it was not. */
  adjournment: z.strictObject({ reason: z.string(), nextHearingOn: isoDate.nullable() }).nullable(),
});
export const trialTimelineSchema = z.strictObject({
  /** The case number as typed in the trial asked about. */
  caseNumber: z.string(),
  defenderCaseId: entryIdSchema.nullable(),
  hearings: z.array(timelineHearingSchema),
});
export type TrialTimeline = z.output<typeof trialTimelineSchema>;
export type TimelineHearing = z.output<typeof timelineHearingSchema>;
