/**
 * The consent ledger's words, with no dependency: the CLI's help lists them without zod, and
 * the gate (electron/core/services/consent-gate.ts) and the case kind name scopes by these ids.
 */

/**
 * What a defender may agree to, one scope per kind of action taken on their behalf or with
 * their identity (the brief: "Every action taken on behalf of a defender needs a consent that
 * covers it").
 */
export const CONSENT_SCOPES = [
  'contact-and-meet',
  'contact-channel',
  'named-in-hq-reporting',
  'named-in-public-statements',
  'referral-to-protection',
  'sharing-with-like-minded-missions',
  'visible-attendance-at-hearings',
  'photos-and-recordings',
] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** How the consent was given. */
export const CONSENT_METHODS = ['verbal', 'written', 'trusted-intermediary'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * Where a consent stands on a given day. 'withdrawn' is stored (a withdrawal is part of the
 * record); 'expired' and 'review-due' depend on the day they are asked about, so they are
 * worked out when read, with the notebook's clock, never stored.
 */
export const CONSENT_STATES = ['active', 'review-due', 'expired', 'withdrawn'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

/** Why the gate found no covering consent. */
export const CONSENT_GAPS = ['none', 'expired', 'withdrawn', 'scope-missing'] as const;
export type ConsentGap = (typeof CONSENT_GAPS)[number];

/** A review date this many days ahead or closer shows as due. */
export const CONSENT_REVIEW_SOON_DAYS = 14;
