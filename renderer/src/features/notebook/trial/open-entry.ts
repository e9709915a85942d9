/**
 * Opening another entry from inside an editor (a hearing of the same case): the shell owns
 * navigation, so the editor asks and the shell, which listens, opens it the usual way (asking
 * first about unsaved text).
 */
const listeners = new Set<(id: string) => void>();

export function onOpenEntryRequest(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function requestOpenEntry(id: string): void {
  for (const listener of listeners) listener(id);
}

/**
 * Quick capture of a hearing log: the shortcut starts a new hearing, and its editor, on
 * opening, puts the cursor in the log instead of the title. Read while the editor first
 * renders, cleared once it has mounted (a render may run twice; the request holds for both).
 */
let captureAsked = false;

export function askLogCapture(): void {
  captureAsked = true;
}

export function logCaptureAsked(): boolean {
  return captureAsked;
}

export function clearLogCapture(): void {
  captureAsked = false;
}
