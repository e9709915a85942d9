import { docFromPlainText, type RichDoc } from '../../../../shared/domain/rich-text';

/**
 * An entry's body as a form holds it: the document the editor shows and the plain text it
 * gives (for the note's links and the save bar's "changed"). The vault derives the stored plain
 * text from the document itself; the text is kept here only for the screen.
 */
export interface BodyForm {
  body: string;
  bodyDoc: RichDoc | null;
}

export const EMPTY_BODY: BodyForm = { body: '', bodyDoc: null };

/** A note written before formatting existed opens as its lines, one paragraph each. */
export function bodyFromEntry(entry: { body: string; bodyDoc: RichDoc | null }): BodyForm {
  return { body: entry.body, bodyDoc: entry.bodyDoc ?? (entry.body === '' ? null : docFromPlainText(entry.body)) };
}

/** Same text and same formatting (bold added to a word is a change to save). */
export function sameBody(a: BodyForm, b: BodyForm): boolean {
  return a.body === b.body && (a.bodyDoc === b.bodyDoc || JSON.stringify(a.bodyDoc) === JSON.stringify(b.bodyDoc));
}
