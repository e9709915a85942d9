/**
 * A threatened-defender case's words, with no dependency: the CLI's help lists them without
 * zod, and the case kind (kinds/case.ts) and its gate are built from them.
 */
import type { ConsentScope } from './consent-vocabulary';

/** What the defender faces (the brief, "What officers record", 4). */
export const THREAT_TYPES = [
  'harassment',
  'threats',
  'arbitrary-detention',
  'enforced-disappearance',
  'extrajudicial-killing',
  'torture',
  'sexual-violence',
  'unfair-trial',
  'reprisal-un-engagement',
] as const;
export type ThreatType = (typeof THREAT_TYPES)[number];

/** Where the case stands. */
export const CASE_STATUSES = ['open', 'monitoring', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Where one action stands. */
export const CASE_ACTION_STATUSES = ['planned', 'in-progress', 'done', 'not-needed'] as const;
export type CaseActionStatus = (typeof CASE_ACTION_STATUSES)[number];

/** Who a source consulted is (the brief: gather information from several credible sources first). */
export const SOURCE_TYPES = ['defender', 'family', 'lawyer', 'cso', 'media', 'official', 'un', 'like-minded-mission', 'other'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** The guidelines' short-term actions (section II), in their order. */
export const SHORT_TERM_ACTIONS = [
  'meet-or-contact',
  'protection-mechanisms',
  'emergency-assistance',
  'contact-officials',
  'like-minded-action',
  'public-statement',
  'attend-proceedings',
  'meet-companies',
] as const;

/** The guidelines' long-term actions (section II), in their order. */
export const LONG_TERM_ACTIONS = ['coordinate-with-like-minded', 'multi-stakeholder', 'advise-on-complaints', 'encourage-investigation', 'seek-consent'] as const;

export const CASE_ACTIONS = [...SHORT_TERM_ACTIONS, ...LONG_TERM_ACTIONS] as const;
export type CaseActionKey = (typeof CASE_ACTIONS)[number];

/** An action the officer names: not on the guidelines' lists, so it names its own scope. */
export const FREE_ACTION = 'other';

/**
 * The consent scope each of the guidelines' actions needs when taken on the defender's behalf.
 * Raising the defender with the host government, companies or the authorities names them
 * outside the mission as surely as a statement does, so those take the public-naming scope,
 * the widest disclosure the ledger knows.
 */
export const CASE_ACTION_SCOPES: Readonly<Record<CaseActionKey, ConsentScope>> = {
  'meet-or-contact': 'contact-and-meet',
  'protection-mechanisms': 'referral-to-protection',
  'emergency-assistance': 'referral-to-protection',
  'contact-officials': 'named-in-public-statements',
  'like-minded-action': 'sharing-with-like-minded-missions',
  'public-statement': 'named-in-public-statements',
  'attend-proceedings': 'visible-attendance-at-hearings',
  'meet-companies': 'named-in-public-statements',
  'coordinate-with-like-minded': 'sharing-with-like-minded-missions',
  'multi-stakeholder': 'sharing-with-like-minded-missions',
  'advise-on-complaints': 'referral-to-protection',
  'encourage-investigation': 'named-in-public-statements',
  'seek-consent': 'contact-and-meet',
};
