import type { Message } from '../types';

/** An earlier version of an entry, opened from its history: read only, with what it said and when. */
export const versions = {
  'versions.heading': 'Version {revision}',
  'versions.meta': 'Saved {date}. {status}',
  'versions.status.draft': 'It was a draft.',
  'versions.status.final': 'It was final.',
  'versions.readOnly': 'An earlier version, read only. A redacted passage shows the mark it was replaced with.',
  'versions.fields': 'What this version said',
  'versions.field.occurredAt': 'When it happened',
  'versions.field.linkedPeople': 'People linked from People',
  'versions.field.concerns': 'Concerns',
  'versions.field.followUps': 'Follow-ups',
  'versions.field.statements': 'Statements',
  'versions.compare': 'Compare with the current version',
  'versions.hideCompare': 'Hide the comparison',
  'versions.comparison': 'This version beside the current one',
  'versions.thisVersion': 'Version {revision}',
  'versions.current': 'Current version ({revision})',
  'versions.loading': 'Loading the version…',
} as const satisfies Record<string, Message>;
