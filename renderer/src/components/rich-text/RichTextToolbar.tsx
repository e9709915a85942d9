import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { ariaKeysOf, FORMATS, keyLabel, type FormatId } from './formatting';

interface RichTextToolbarProps {
  editor: Editor;
  /** The editing surface the buttons act on. */
  controls: string;
  onLink: () => void;
}

/**
 * The formatting buttons as one ARIA toolbar: a single Tab stop, arrows move between buttons
 * (mirrored right to left), Home and End jump. Pressing a button keeps the editor's selection:
 * a mouse press never takes the focus from the text.
 */
export function RichTextToolbar({ editor, controls, onLink }: RichTextToolbarProps) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => Object.fromEntries(FORMATS.map((format) => [format.id, format.isActive(e)])) as Record<FormatId, boolean>,
  });

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const forward = event.currentTarget.matches(':dir(rtl)') ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const last = FORMATS.length - 1;
    const next = { [forward]: current === last ? 0 : current + 1, [backward]: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="rich-text__toolbar" role="toolbar" aria-label={t('richText.toolbar')} aria-controls={controls} onKeyDown={move}>
      {FORMATS.map((format, index) => {
        const label = t(format.label);
        return (
          <button
            key={format.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`button button--small rich-text__button rich-text__button--${format.id}`}
            tabIndex={index === current ? 0 : -1}
            aria-pressed={active[format.id]}
            aria-keyshortcuts={ariaKeysOf(format.keys)}
            title={`${label} (${keyLabel(format.keys)})`}
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setCurrent(index)}
            onClick={() => (format.apply ? format.apply(editor) : onLink())}
          >
            {format.glyph ? (
              // The glyph is what the eye reads, the label what a screen reader and voice control use.
              <>
                <span aria-hidden="true">{t(format.glyph)}</span>
                <span className="rich-text__hidden-label">{label}</span>
              </>
            ) : (
              label
            )}
          </button>
        );
      })}
    </div>
  );
}
