import type { Entry } from '../../../../shared/domain/entries';
import type { TextKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translate';
import { counterpartKey } from './counterpart-label';

/** One field of a stored version as the viewer shows it: a label and the text as stored. */
export interface VersionField {
  label: TextKey;
  text: string;
  /** Several lines (the body, participants): kept as written. */
  long?: true;
}

type Row = [label: TextKey, text: string, long?: true];

const joined = (values: readonly string[]) => values.join(', ');

/** What a kind adds to the fields every entry has; a kind without rows here shows those alone. */
function kindRows(entry: Entry, { t, formatNumber }: Pick<Translator, 't' | 'formatNumber'>): Row[] {
  if (entry.kind !== 'meeting') return [];
  return [
    ['editor.counterpartType', entry.counterpartType ? t(counterpartKey(entry.counterpartType)) : ''],
    ['editor.participants', entry.participants, true],
    ['versions.field.linkedPeople', entry.participantRefs.length ? formatNumber(entry.participantRefs.length) : ''],
    ['versions.field.concerns', entry.concerns, true],
    ['versions.field.followUps', entry.followUps.map((f) => f.text).join('\n'), true],
    ['versions.field.statements', entry.statements.map((s) => s.text).join('\n'), true],
  ];
}

/**
 * A stored version's fields as text, in reading order, leaving out what is empty. Text is shown
 * exactly as stored: a redacted passage shows the redaction mark, never what it replaced.
 */
export function versionFields(entry: Entry, i18n: Pick<Translator, 't' | 'formatNumber' | 'formatDateTime'>): VersionField[] {
  const { t, formatDateTime } = i18n;
  const rows: Row[] = [
    ['editor.title', entry.title],
    ['versions.field.occurredAt', entry.occurredAt ? formatDateTime(entry.occurredAt) : ''],
    ['editor.location', entry.location],
    ['classification.country', entry.country],
    ...kindRows(entry, i18n),
    ['classification.tags', joined(entry.tags)],
    ['classification.topics', joined(entry.topics.map((topic) => t(`topic.${topic}`)))],
    ['classification.outlets', joined(entry.outlets.map((outlet) => t(`outlet.${outlet}`)))],
    ['classification.sensitivity', t(`sensitivity.${entry.sensitivity}`)],
    ['editor.body', entry.body, true],
  ];
  return rows.filter(([, text]) => text.trim() !== '').map(([label, text, long]) => (long ? { label, text, long } : { label, text }));
}
