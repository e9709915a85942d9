import { useEffect, useRef } from 'react';

/**
 * The text last selected in a text field of the page, so "Redact a passage…" can start from
 * the officer's own selection: by the time the button is pressed, focus (and with it the
 * field's selection) has moved to the button. Kept in memory only, like the note itself.
 */
export function useLastSelection() {
  const last = useRef('');
  useEffect(() => {
    const remember = (event: Event) => {
      const field = event.target;
      if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
      const { selectionStart, selectionEnd, value } = field;
      if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) last.current = value.slice(selectionStart, selectionEnd);
    };
    // The rich body is a contenteditable, which fires no 'select': its selection is the document's.
    const rememberRich = () => {
      const selection = document.getSelection();
      const node = selection?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      if (selection && !selection.isCollapsed && element?.closest('[contenteditable="true"]')) last.current = selection.toString();
    };
    // 'select' reaches the document (capture) whenever text in a field is selected, by mouse or keyboard.
    document.addEventListener('select', remember, true);
    document.addEventListener('selectionchange', rememberRich);
    return () => {
      document.removeEventListener('select', remember, true);
      document.removeEventListener('selectionchange', rememberRich);
    };
  }, []);
  return last;
}
