import { Extension } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { isOpenableUrl } from '../../../../shared/domain/links';
import { plainTextOf, type RichDoc } from '../../../../shared/domain/rich-text';
import { useI18n } from '../../i18n/use-i18n';
import { richTextExtensions } from './editor-extensions';
import { isMacPlatform } from './formatting';
import { LinkForm } from './LinkForm';
import { RichTextToolbar } from './RichTextToolbar';
import { safePasteHandlers } from './safe-paste';

export interface RichTextEditorProps {
  /** The editing surface's id (for aria-controls, and for a caller's focus or tests). */
  id: string;
  /** Id of the visible label: a contenteditable cannot be labelled by <label for>. */
  labelledBy: string;
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  /** null: an empty document. A new object from outside (a loaded entry, a restored draft) replaces the content. */
  value: RichDoc | null;
  /** Every change: the document as it will be stored, and the text search indexes. */
  onChange: (doc: RichDoc, plainText: string) => void;
  readOnly?: boolean | undefined;
  /**
   * A link the officer asked to open (a click when read-only, Ctrl/Cmd+click while editing).
   * The caller decides: the allowOpeningLinks preference, a confirmation, then 'link:open'.
   * Without it, links open nothing at all.
   */
  onOpenLink?: ((url: string) => void) | undefined;
}

const EMPTY: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

function linkAt(view: EditorView, event: MouseEvent): HTMLAnchorElement | null {
  const anchor = event.target instanceof Element ? event.target.closest('a') : null;
  return anchor && view.dom.contains(anchor) ? anchor : null;
}

/**
 * An entry's formatted text on TipTap: headings, lists, bold, italic, links. Its schema is the
 * portable document of shared/domain/rich-text.ts, pasted HTML is rebuilt from an allow-list
 * (safe-paste.ts), every block sets its own direction, and a link is never followed by the
 * page: a click is prevented and, when asked for, handed to onOpenLink.
 */
export function RichTextEditor({ id, labelledBy, describedBy, invalid, value, onChange, readOnly = false, onOpenLink }: RichTextEditorProps) {
  const { t } = useI18n();
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  // The handlers below are fixed when the editor is made; refs let them see the latest props.
  const latest = useRef({ onChange, onOpenLink, readOnly });
  useEffect(() => {
    latest.current = { onChange, onOpenLink, readOnly };
  });
  const emitted = useRef<RichDoc | null>(value);

  // Made once: useEditor compares its options on every render.
  const [extensions] = useState(() => [
    ...richTextExtensions(),
    Extension.create({
      name: 'linkFormShortcut',
      addKeyboardShortcuts: () => ({ 'Mod-k': () => (setLinkFormOpen(true), true) }),
    }),
  ]);

  const editor = useEditor({
    extensions,
    content: value ?? EMPTY,
    editable: !readOnly,
    // TipTap would add a <style> element: the CSP allows only the app's own stylesheets, and its
    // Trusted Types policy refuses the innerHTML that fills it. The rules are in rich-text.css.
    injectCSS: false,
    editorProps: {
      attributes: {
        id,
        class: 'input rich-text__content',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
      },
      handleDOMEvents: {
        ...safePasteHandlers,
        // ProseMirror swallows Escape; here, as in every other field, it is the page's "leave the note".
        keydown: (_view, event) => event.key === 'Escape',
        click(view, event) {
          const anchor = linkAt(view, event);
          if (!anchor) return false;
          event.preventDefault();
          const { onOpenLink: open, readOnly: reading } = latest.current;
          const asked = reading ? event.button === 0 : isMacPlatform() ? event.metaKey : event.ctrlKey;
          const href = anchor.getAttribute('href') ?? '';
          if (asked && open && isOpenableUrl(href)) open(href);
          return true;
        },
        auxclick(view, event) {
          if (!linkAt(view, event)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
    onUpdate({ editor: changed }) {
      // The schema is the portable one (editor-extensions.ts), so its JSON is a RichDoc.
      const doc = changed.getJSON() as RichDoc;
      emitted.current = doc;
      latest.current.onChange(doc, plainTextOf(doc));
    },
  });

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value ?? EMPTY, { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className="rich-text">
      {readOnly ? null : <RichTextToolbar editor={editor} controls={id} onLink={() => setLinkFormOpen(true)} />}
      {linkFormOpen && !readOnly ? <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} /> : null}
      <EditorContent editor={editor} className="rich-text__surface" />
      {onOpenLink && !readOnly ? <p className="field__hint rich-text__hint">{t('richText.linkOpenHint', { keys: isMacPlatform() ? '⌘' : 'Ctrl' })}</p> : null}
    </div>
  );
}
