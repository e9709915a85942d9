import type { Editor } from '@tiptap/core';
import type { TextKey } from '../../i18n/catalog';

export type FormatId = 'heading' | 'subheading' | 'bulletList' | 'orderedList' | 'bold' | 'italic' | 'link';

interface Format {
  id: FormatId;
  label: TextKey;
  /** Shown on the button when the label is too long for it; the label stays its accessible name. */
  glyph?: TextKey;
  /**
   * Held with Ctrl (Cmd on macOS), in aria-keyshortcuts syntax. TipTap's own keys, none of them
   * a notebook shortcut (features/shell/shortcuts.ts: N, F, S, L, Shift+L, Shift+D).
   */
  keys: string;
  isActive(editor: Editor): boolean;
  /** Absent for the link, which opens its form instead. */
  apply?(editor: Editor): void;
}

/** The toolbar, in order: each entry is a button, its state and its keyboard shortcut. */
export const FORMATS: readonly Format[] = [
  {
    id: 'heading',
    label: 'richText.heading',
    keys: 'Alt+2',
    isActive: (e) => e.isActive('heading', { level: 2 }),
    apply: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    id: 'subheading',
    label: 'richText.subheading',
    keys: 'Alt+3',
    isActive: (e) => e.isActive('heading', { level: 3 }),
    apply: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    id: 'bulletList',
    label: 'richText.bulletList',
    glyph: 'richText.bulletGlyph',
    keys: 'Shift+8',
    isActive: (e) => e.isActive('bulletList'),
    apply: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    id: 'orderedList',
    label: 'richText.orderedList',
    glyph: 'richText.orderedGlyph',
    keys: 'Shift+7',
    isActive: (e) => e.isActive('orderedList'),
    apply: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  { id: 'bold', label: 'richText.bold', glyph: 'richText.boldGlyph', keys: 'B', isActive: (e) => e.isActive('bold'), apply: (e) => e.chain().focus().toggleBold().run() },
  { id: 'italic', label: 'richText.italic', glyph: 'richText.italicGlyph', keys: 'I', isActive: (e) => e.isActive('italic'), apply: (e) => e.chain().focus().toggleItalic().run() },
  { id: 'link', label: 'richText.link', keys: 'K', isActive: (e) => e.isActive('link') },
];

export function isMacPlatform(): boolean {
  return /Mac/i.test(navigator.platform);
}

export function ariaKeysOf(keys: string): string {
  return `Control+${keys} Meta+${keys}`;
}

/** As written on this platform's keyboard: "Ctrl+Alt+2" or "⌘⌥2". */
export function keyLabel(keys: string, mac = isMacPlatform()): string {
  return mac ? `⌘${keys.replace('Shift+', '⇧').replace('Alt+', '⌥')}` : `Ctrl+${keys}`;
}
