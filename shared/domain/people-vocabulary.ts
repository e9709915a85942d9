/**
 * The words of People, with no dependency (the CLI's help reads them without zod).
 */

/** A record in People is a person or an organisation (a CSO, a coalition, a law firm). */
export const PERSON_KINDS = ['person', 'organisation'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** The officer's judgement of how exposed the person is; 'unknown' until assessed. */
export const RISK_LEVELS = ['unknown', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Defenders the guidelines name as particularly at risk (the brief, "The people"). */
export const AT_RISK_GROUPS = [
  'land-and-environment',
  'women-and-girls-rights',
  'lgbtqi',
  'persons-with-disabilities',
  'indigenous-peoples',
  'racial-ethnic-religious-minorities',
  'independent-journalists',
] as const;
export type AtRiskGroup = (typeof AT_RISK_GROUPS)[number];
