import { DISCREET_SHORTCUT } from '../../components/discreet/discreet-screen';
import type { TextKey } from '../../i18n/catalog';

/**
 * Every keyboard shortcut of the notebook, in one list: the help sheet shows this list, the
 * buttons show their entry beside their label, and `matchShortcut` reads keys against it, so a
 * shortcut cannot exist without being documented.
 */
export const SHORTCUT_IDS = ['newNote', 'newHearing', 'search', 'save', 'leave', 'discreet', 'help', 'lock', 'globalLock'] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

interface Shortcut {
  /** Held with Ctrl (Windows, Linux) or Cmd (macOS), in aria-keyshortcuts syntax. */
  command?: string;
  /** Pressed alone. */
  plain?: readonly string[];
  description: TextKey;
}

export const SHORTCUTS: Record<ShortcutId, Shortcut> = {
  newNote: { command: 'N', description: 'shortcuts.newNote' },
  // Quick capture in the courtroom: a new hearing with the cursor already in its live log.
  newHearing: { command: 'Shift+H', description: 'shortcuts.newHearing' },
  // '/' alone searches only outside text fields, where it would otherwise be typed.
  search: { command: 'F', plain: ['/'], description: 'shortcuts.search' },
  save: { command: 'S', description: 'shortcuts.save' },
  leave: { plain: ['Escape'], description: 'shortcuts.leave' },
  // Listened for by the lists themselves (components/discreet), wherever a list is on screen.
  discreet: { command: DISCREET_SHORTCUT.command, description: 'discreet.shortcut' },
  help: { plain: ['?', 'F1'], description: 'shortcuts.help' },
  lock: { command: 'L', description: 'shortcuts.lock' },
  // Registered by the main process (QUICK_LOCK_ACCELERATOR in electron/main/security/lock-policy.ts):
  // it works even while another application has the focus.
  globalLock: { command: 'Shift+L', description: 'shortcuts.globalLock' },
};

export function isMacPlatform(): boolean {
  return /Mac/i.test(navigator.platform);
}

/** For aria-keyshortcuts: Control and Meta alike (the attribute names keys, not platforms). */
export function ariaKeys(id: ShortcutId): string {
  const { command, plain = [] } = SHORTCUTS[id];
  return [...(command ? [`Control+${command}`, `Meta+${command}`] : []), ...plain].join(' ');
}

/** What a person presses, as written on this platform's keyboard: "Ctrl+N" or "⌘N". */
export function shortcutLabels(id: ShortcutId, mac = isMacPlatform()): string[] {
  const { command, plain = [] } = SHORTCUTS[id];
  const withCommand = command ? [mac ? `⌘${command.replace('Shift+', '⇧')}` : `Ctrl+${command}`] : [];
  return [...withCommand, ...plain.map((key) => (key === 'Escape' ? 'Esc' : key))];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type));
}

/** The page-level shortcut a key press means, or null. Save and lock are handled where they act. */
export function matchShortcut(event: KeyboardEvent): ShortcutId | null {
  if (event.altKey) return null;
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (command && !event.shiftKey && key === 'n') return 'newNote';
  if (command && event.shiftKey && key === 'h') return 'newHearing';
  if (command && !event.shiftKey && key === 'f') return 'search';
  if (command) return null;
  if (key === 'F1') return 'help';
  if (key === 'Escape') return 'leave';
  if (isTyping(event.target)) return null;
  if (key === '/') return 'search';
  return key === '?' ? 'help' : null;
}
