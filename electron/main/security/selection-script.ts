/**
 * The isolated world the selection is read in: not the page's (0), not the preload's (999).
 * Page script cannot replace `getSelection` or a field's `value` getter there, so it cannot
 * make a copy say something other than what the DOM holds.
 */
export const SELECTION_WORLD_ID = 1_101;

/**
 * Reads the text the officer selected, for a copy the main process makes itself (the Edit
 * menu, Ctrl+C): the characters selected in the focused field, else the document selection
 * (text selected elsewhere while a field keeps focus). Characters selected in a password
 * field yield nothing, as with Chromium's own Copy. Evaluated with
 * `executeJavaScriptInIsolatedWorld`; its completion value is the text.
 */
export const READ_SELECTION_SCRIPT = `(() => {
  const field = document.activeElement;
  const tag = field === null ? '' : field.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    const start = field.selectionStart;
    const end = field.selectionEnd;
    if (typeof start === 'number' && typeof end === 'number' && start !== end) {
      return field.type === 'password' ? '' : field.value.slice(start, end);
    }
  }
  const selection = getSelection();
  return selection === null ? '' : selection.toString();
})()`;
