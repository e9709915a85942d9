/**
 * The notebook's words for kinds of entry and of counterpart, with no dependency at all: the
 * CLI's help reads them without loading zod (entries.ts builds the schemas from them).
 */

/** Every kind the notebook will hold. Only `meeting` is writable today; the schema already has room for the rest. */
export const ENTRY_KINDS = ['meeting', 'trial', 'consent'] as const;
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
