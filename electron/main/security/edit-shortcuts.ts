/** What a key press asks of the page, for the clipboard: copy, cut, or neither. */
export type PageEditCommand = 'copy' | 'cut';

/** The fields of Electron's `before-input-event` Input this decision reads. */
export interface KeyInput {
  type: string;
  key: string;
  code: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

/**
 * The letter a shortcut means, as Chromium reads it: the typed letter on a Latin layout
 * (AZERTY, Dvorak), the physical key on any other (Arabic, Persian, Cyrillic), where Ctrl+C
 * types no `c` yet still copies.
 */
function shortcutLetter(input: KeyInput): string {
  const key = input.key.toLowerCase();
  if (/^[a-z]$/.test(key)) return key;
  return /^Key[A-Z]$/.test(input.code) ? input.code.slice(3).toLowerCase() : '';
}

/**
 * The key presses that copy or cut in the page, so the main process can take them over and
 * route the copy through the clipboard guard (threat: a name copied with Ctrl+C stays on the
 * clipboard, in clipboard history and in the cloud clipboard indefinitely). Mirrors Blink's
 * editing key table, whose modifiers must match exactly: Ctrl+C / Ctrl+X (Cmd on macOS),
 * Ctrl+Insert (copy) and Shift+Delete (cut) elsewhere. Alt must be up: AltGr is Ctrl+Alt on
 * Windows and types characters.
 */
export function pageEditCommand(input: KeyInput, platform: NodeJS.Platform): PageEditCommand | null {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return null;
  if (input.alt) return null;
  const mac = platform === 'darwin';
  const primary = mac ? input.meta && !input.control : input.control && !input.meta;
  if (primary && !input.shift) {
    const letter = shortcutLetter(input);
    if (letter === 'c') return 'copy';
    if (letter === 'x') return 'cut';
  }
  if (mac || input.meta) return null;
  if (input.key === 'Insert' && input.control && !input.shift) return 'copy';
  if (input.key === 'Delete' && input.shift && !input.control) return 'cut';
  return null;
}
