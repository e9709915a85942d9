/**
 * What help text says about the notebook's vocabulary. The kinds and counterparts come from a
 * module with no dependency; the rest is spelled out here rather than imported, because the
 * shared modules that define it build zod schemas (and the passphrase rule loads zxcvbn's
 * 1.7 MB of dictionaries) as they load, and `fieldnotes --help` must start as fast as Node
 * does. tests/unit/cli/facts.test.ts pins every list to its source of truth.
 */
export { ENTRY_KINDS as ENTRY_KIND_NAMES, COUNTERPART_TYPES as COUNTERPART_NAMES } from '../../../shared/domain/entry-vocabulary';
export const PURGE_PHRASE = 'destroy this vault';
/** The fields every kind of entry takes, in the schema's order; `fieldnotes schema KIND` prints a kind's own. */
export const ENTRY_JSON_FIELDS = ['kind', 'title', 'body', 'bodyDoc', 'occurredAt', 'location', 'country', 'tags', 'topics', 'outlets', 'sensitivity'] as const;
/** The fields the notebook assigns itself: accepted so `entry show --json` output reads back, and ignored. */
export const ENTRY_ASSIGNED_FIELDS = ['id', 'revision', 'status', 'createdAt', 'updatedAt'] as const;
export const LIST_LIMIT_MAX = 500;
export const SEARCH_LIMIT_MAX = 100;
