import { describe, expect, it } from 'vitest';
import { REDACTION_MARK } from '../../../shared/domain/entry-history';
import { AppError } from '../../../shared/errors';
import { redactFields, redactionPassage } from '../../../electron/core/policy/redaction';

const note = { title: 'Met Layla', body: 'Layla said LAYLA and layla.', location: 'Layla’s flat', participants: 'ليلى', occurredAt: 'Layla' };

describe('redaction policy', () => {
  it('replaces every exact occurrence in the text fields with one fixed mark, whatever the length', () => {
    const { value, changed } = redactFields(note, redactionPassage('Layla'), []);
    expect(changed).toBe(true);
    expect(value).toEqual({ ...note, title: `Met ${REDACTION_MARK}`, body: `${REDACTION_MARK} said LAYLA and layla.`, location: `${REDACTION_MARK}’s flat` });
    expect(value.occurredAt).toBe('Layla'); // not a text field: ids and dates are never touched
  });

  it('is exact for Arabic diacritics: a vocalised spelling is another passage', () => {
    const arabic = { ...note, participants: 'لَيلى و ليلى' };
    expect(redactFields(arabic, redactionPassage('ليلى'), []).value.participants).toBe(`لَيلى و ${REDACTION_MARK}`);
  });

  it('matches after NFC and reports nothing found without touching the value', () => {
    const decomposed = { ...note, body: 'Rene\u0301e' };
    expect(redactFields(decomposed, redactionPassage('Ren\u00e9e'), []).value.body).toBe(REDACTION_MARK);
    const untouched = redactFields(note, redactionPassage('Omar'), []);
    expect(untouched).toEqual({ value: note, changed: false });
  });

  it('refuses a passage shorter than the mark, so no field can grow', () => {
    expect(() => redactionPassage(' ab ')).toThrow(AppError);
  });
});
