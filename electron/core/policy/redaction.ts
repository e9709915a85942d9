import { AppError } from '../../../shared/errors';
import { MIN_REDACTED_PASSAGE, REDACTION_MARK } from '../../../shared/domain/entry-history';

/** The officer-written text fields of a note; ids, kinds and dates are never touched. */
const REDACTABLE_FIELDS = ['title', 'body', 'location', 'participants'] as const;
type RedactableField = (typeof REDACTABLE_FIELDS)[number];
type Redactable = Record<RedactableField, string>;

/**
 * The passage as it will be matched: NFC, so a name typed with a combining mark matches the
 * same name stored precomposed. Otherwise exact: case and Arabic diacritics count, because
 * the officer's own selection is what they saw and meant (folding could remove a different
 * word that happens to share letters). Other spellings are redacted one by one.
 */
export function redactionPassage(passage: string): string {
  const wanted = passage.normalize('NFC');
  if (wanted.trim().length < MIN_REDACTED_PASSAGE) {
    throw new AppError('INVALID_INPUT', `Choose a passage of at least ${MIN_REDACTED_PASSAGE} characters to redact.`);
  }
  return wanted;
}

/**
 * Every occurrence of `wanted` (from redactionPassage) in the text fields replaced by the mark.
 * `changed` says whether anything was found; an unchanged value is returned as it came, so a
 * field without the passage is not rewritten (not even to NFC).
 */
export function redactFields<T extends Redactable>(value: T, wanted: string): { value: T; changed: boolean } {
  let changed = false;
  const next = { ...value };
  for (const field of REDACTABLE_FIELDS) {
    const text = value[field].normalize('NFC');
    if (!text.includes(wanted)) continue;
    next[field] = text.replaceAll(wanted, REDACTION_MARK);
    changed = true;
  }
  return { value: changed ? next : value, changed };
}
