import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { READ_SELECTION_SCRIPT, SELECTION_WORLD_ID } from '../../../electron/main/security/selection-script';

/** Runs the exact script text against a stand-in for the page's document, as an isolated world would. */
function selectedText(activeElement: object | null, documentSelection = ''): unknown {
  return runInNewContext(READ_SELECTION_SCRIPT, {
    document: { activeElement },
    getSelection: () => ({ toString: () => documentSelection }),
  });
}

const field = (tagName: string, type: string, value: string, start: number | null, end: number | null) => ({ tagName, type, value, selectionStart: start, selectionEnd: end });

describe('READ_SELECTION_SCRIPT', () => {
  it('returns the characters selected in a text field or text area', () => {
    expect(selectedText(field('TEXTAREA', 'textarea', 'met أمل حسن at noon', 4, 11))).toBe('أمل حسن');
    expect(selectedText(field('INPUT', 'text', 'Amal Hassan', 0, 4))).toBe('Amal');
  });

  it('never copies out of a password field, as Chromium refuses to', () => {
    expect(selectedText(field('INPUT', 'password', 'correct horse battery staple', 0, 28), 'correct horse battery staple')).toBe('');
  });

  it('a focused password field with only a caret does not block a selection made elsewhere', () => {
    expect(selectedText(field('INPUT', 'password', 'correct horse', 5, 5), 'Create a notebook')).toBe('Create a notebook');
  });

  it('falls back to the document selection outside fields and for fields without a selection API', () => {
    expect(selectedText({ tagName: 'BODY' }, 'Participants: Amal Hassan')).toBe('Participants: Amal Hassan');
    expect(selectedText(null, 'a note')).toBe('a note');
    expect(selectedText(field('INPUT', 'email', 'a@example.org', null, null), '')).toBe('');
  });

  it('takes the document selection when the focused field has none selected', () => {
    expect(selectedText(field('INPUT', 'text', 'search words', 3, 3), 'Amal Hassan, selected in the note')).toBe('Amal Hassan, selected in the note');
  });

  it('returns an empty string when nothing is selected', () => {
    expect(selectedText(field('TEXTAREA', 'textarea', 'Amal', 2, 2))).toBe('');
    expect(runInNewContext(READ_SELECTION_SCRIPT, { document: { activeElement: null }, getSelection: () => null })).toBe('');
  });

  it('runs in a world of its own: neither the page (0) nor the preload (999)', () => {
    expect([0, 999]).not.toContain(SELECTION_WORLD_ID);
  });
});
