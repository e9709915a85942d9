import { z } from 'zod';
import { CASE_ACTIONS, CASE_ACTION_SCOPES, CASE_ACTION_STATUSES, CASE_STATUSES, FREE_ACTION, SOURCE_TYPES, THREAT_TYPES } from '../case-vocabulary';
import { CONSENT_SCOPES, type ConsentScope } from '../consent-vocabulary';
import { boundedText } from '../text';
import { LIMITS, commonInputShape, distinctList, entryIdSchema, isoDate, storedShape } from './common';

/** Someone or something the officer heard the case from; free text, redactable. */
const caseSourceSchema = z.strictObject({
  type: z.enum(SOURCE_TYPES).default('other'),
  /** Who or what, described as the officer may keep it (an organisation, "the defender's lawyer"). */
  source: boundedText(LIMITS.field).default(''),
  consultedOn: isoDate.nullable().default(null),
  notes: boundedText(LIMITS.paragraph).default(''),
});

/**
 * One action for the defender: one of the guidelines' (action) or the officer's own ('other',
 * described by label, naming the scope it needs). onBehalf says it is taken on the defender's
 * behalf: then a consent of the defender must cover its scope on its date, or overrideReason
 * says why the officer went ahead without one (electron/core/kinds/case.ts, audited).
 */
const caseActionSchema = z.strictObject({
  /** Keeps an action the same one across versions, so an unchanged action is not gated again. */
  id: entryIdSchema.default(() => crypto.randomUUID()),
  action: z.enum([...CASE_ACTIONS, FREE_ACTION]),
  label: boundedText(LIMITS.field).default(''),
  /** Only for a free action; the guidelines' actions take theirs from CASE_ACTION_SCOPES. */
  scope: z.enum(CONSENT_SCOPES).nullable().default(null),
  status: z.enum(CASE_ACTION_STATUSES).default('planned'),
  /** The day it was (or is to be) taken; the gate asks about this day. */
  date: isoDate.nullable().default(null),
  notes: boundedText(LIMITS.paragraph).default(''),
  onBehalf: z.boolean().default(false),
  overrideReason: boundedText(LIMITS.paragraph).default(''),
});
export type CaseAction = z.output<typeof caseActionSchema>;
export type CaseSource = z.output<typeof caseSourceSchema>;

/** The scope an action needs when taken on the defender's behalf; null for a free action that names none. */
export function actionScope(action: Pick<CaseAction, 'action' | 'scope'>): ConsentScope | null {
  return action.action === FREE_ACTION ? action.scope : CASE_ACTION_SCOPES[action.action];
}

/**
 * A threatened-defender case: the defender (a person in People, by id, so only the pseudonym
 * is shown), what they face, where the case stands, whom the officer consulted, and what was
 * done or is planned. Trials link to it (trial.defenderCaseId, facet 'case').
 */
export const caseInputSchema = z.strictObject({
  kind: z.literal('case'),
  ...commonInputShape,
  defenderId: entryIdSchema.nullable().default(null),
  threats: distinctList(z.enum(THREAT_TYPES), THREAT_TYPES.length).default([]),
  caseStatus: z.enum(CASE_STATUSES).default('open'),
  sources: z.array(caseSourceSchema).max(LIMITS.rows).default([]),
  actions: z.array(caseActionSchema).max(LIMITS.rows).default([]),
});
export type CaseInput = z.output<typeof caseInputSchema>;

export const caseSchema = caseInputSchema.extend(storedShape);
export type DefenderCase = z.output<typeof caseSchema>;
