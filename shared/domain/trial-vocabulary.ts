/**
 * The trial-monitoring observation's words, with no dependency at all: the CLI's help and
 * `entry show` read them without loading zod (kinds/trial.ts builds the schema from them).
 */

/** The court's type (the issue: ordinary, military, special, state security). */
export const COURT_TYPES = ['ordinary', 'military', 'special', 'state-security'] as const;
export type CourtType = (typeof COURT_TYPES)[number];

/** Where the case stands at this hearing. */
export const TRIAL_STAGES = ['pre-trial', 'trial', 'verdict', 'sentencing', 'appeal'] as const;
export type TrialStage = (typeof TRIAL_STAGES)[number];

/** How defence counsel came to the case: chosen by the defendant, or named by the court. */
export const COUNSEL_APPOINTMENTS = ['retained', 'appointed'] as const;
export type CounselAppointment = (typeof COUNSEL_APPOINTMENTS)[number];

export const DETENTION_STATUSES = ['detained', 'on-bail', 'at-liberty', 'unknown'] as const;
export type DetentionStatus = (typeof DETENTION_STATUSES)[number];

/** What the officer saw or learned on a yes/no question; 'unknown' until they know. */
export const ANSWERS = ['unknown', 'yes', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Other observers in the courtroom. */
export const OBSERVER_GROUPS = ['missions', 'un', 'ngos', 'media'] as const;
export type ObserverGroup = (typeof OBSERVER_GROUPS)[number];

/**
 * The brief's fair-trial checklist (ICCPR art. 14 and common trial-observation manuals), in
 * its order; "no compelled self-incrimination" and "allegations of torture or coerced
 * confessions" are two items, as observers report them separately.
 */
export const FAIR_TRIAL_ITEMS = [
  'public-hearing',
  'independent-tribunal',
  'presumption-of-innocence',
  'informed-of-charges',
  'time-and-facilities',
  'counsel-of-choice',
  'without-undue-delay',
  'presence-of-accused',
  'witnesses',
  'interpreter',
  'self-incrimination',
  'torture-allegations',
  'equality-of-arms',
  'reasoned-judgment',
  'right-to-appeal',
  'detention-conditions',
] as const;
export type FairTrialItem = (typeof FAIR_TRIAL_ITEMS)[number];

/** Each checklist item's finding (the brief: observed / not observed / not applicable / concern). */
export const CHECKLIST_FINDINGS = ['observed', 'not-observed', 'not-applicable', 'concern'] as const;
export type ChecklistFinding = (typeof CHECKLIST_FINDINGS)[number];

export const CONCERN_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type ConcernLevel = (typeof CONCERN_LEVELS)[number];

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * A case number as hearings of one case share it, however each was typed: "123/2024",
 * "123 / 2024", "١٢٣/٢٠٢٤" and "123-2024" are the same case. Width and case folded, Arabic-Indic
 * digits read as digits, spaces dropped, separators made one. Empty when there is no number.
 */
export function caseNumberKey(caseNumber: string): string {
  return caseNumber
    .normalize('NFKC')
    .replace(ARABIC_INDIC, (d) => String((d.codePointAt(0) ?? 0) & 0xf))
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[-/\\.,_:]+/g, '/')
    .replace(/^\/+|\/+$/g, '');
}
