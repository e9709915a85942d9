/** A sensitive value copied from a note leaves the clipboard after this long (if still there). */
export const SENSITIVE_CLIPBOARD_MS = 30_000;
