import { AppError } from '../../../shared/errors';
import { MIN_REDACTED_PASSAGE, REDACTION_MARK } from '../../../shared/domain/entry-history';

/**
 * Keys whose values are ids, dates, kinds or vocabulary in every entry: never what the officer
 * wrote, so a redaction never touches them (rewriting `hrd` inside a vocabulary value would
 * corrupt the entry, not remove a name). Each kind adds its own (KindModule.fixedKeys).
 */
const FIXED_KEYS = ['id', 'kind', 'status', 'sensitivity', 'revision', 'createdAt', 'updatedAt', 'occurredAt', 'topics', 'outlets'];

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

function redactValue(value: unknown, wanted: string, fixed: ReadonlySet<string>): { value: unknown; changed: boolean } {
  if (typeof value === 'string') {
    const text = value.normalize('NFC');
    return text.includes(wanted) ? { value: text.replaceAll(wanted, REDACTION_MARK), changed: true } : { value, changed: false };
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => redactValue(item, wanted, fixed));
    return items.some((i) => i.changed) ? { value: items.map((i) => i.value), changed: true } : { value, changed: false };
  }
  if (value !== null && typeof value === 'object') {
    let changed = false;
    const next = Object.fromEntries(
      Object.entries(value).map(([key, field]) => {
        if (fixed.has(key)) return [key, field];
        const result = redactValue(field, wanted, fixed);
        changed ||= result.changed;
        return [key, result.value];
      }),
    );
    return { value: changed ? next : value, changed };
  }
  return { value, changed: false };
}

/**
 * Every occurrence of `wanted` (from redactionPassage) in the officer-written text of an entry
 * or draft, at any depth (a follow-up's owner, a log line), replaced by the mark. `changed`
 * says whether anything was found; an unchanged value is returned as it came, so a field
 * without the passage is not rewritten (not even to NFC).
 */
export function redactFields<T extends object>(value: T, wanted: string, kindFixedKeys: readonly string[]): { value: T; changed: boolean } {
  const result = redactValue(value, wanted, new Set([...FIXED_KEYS, ...kindFixedKeys]));
  return { value: result.value as T, changed: result.changed };
}
