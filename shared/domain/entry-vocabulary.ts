/**
 * The notebook's words for kinds of entry, counterparts, civic-space topics and reporting
 * outlets, with no dependency at all: the CLI's help reads them without loading zod (the
 * schemas in kinds/ are built from them).
 */

/** Every kind of record the notebook holds (the brief, "What officers record"). */
export const ENTRY_KINDS = ['meeting', 'trial', 'consent', 'case', 'observation'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Counterpart types from the brief ("What officers record", meeting notes). */
export const COUNTERPART_TYPES = [
  'local-cso',
  'hrd',
  'coalition',
  'international-ngo',
  'host-government',
  'business',
  'like-minded-mission',
  'un-multilateral',
  'other',
] as const;
export type CounterpartType = (typeof COUNTERPART_TYPES)[number];

/** The ten civic-space monitoring topics of the guidelines, section I, in their order. */
export const CIVIC_TOPICS = [
  'restrictions-on-freedoms',
  'funding-and-registration',
  'attacks-on-defenders',
  'spurious-legal-action',
  'protection-and-remedy',
  'surveillance',
  'digital-attacks',
  'dialogue-with-civil-society',
  'public-participation',
  'business-and-human-rights',
] as const;
export type CivicTopic = (typeof CIVIC_TOPICS)[number];

/** The reports an entry can feed (guidelines, section IV). */
export const REPORTING_OUTLETS = ['hq-reporting', 'country-reports', 'trafficking-in-persons', 'religious-freedom'] as const;
export type ReportingOutlet = (typeof REPORTING_OUTLETS)[number];

/** How carefully an entry must be handled; 'restricted' entries stay out of exports unless chosen one by one. */
export const SENSITIVITIES = ['normal', 'sensitive', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** A draft is still being written; a final entry is the officer's record, and every later edit keeps it as a version. */
export const ENTRY_STATUSES = ['draft', 'final'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];
