import type { Editor } from '@tiptap/core';
import { useId, useState, type KeyboardEvent } from 'react';
import { isOpenableUrl } from '../../../../shared/domain/links';
import { useI18n } from '../../i18n/use-i18n';
import { FieldProblem } from '../FieldProblem';
import { useFocusOnMount } from '../use-focus-on-mount';

interface LinkFormProps {
  editor: Editor;
  onClose: () => void;
}

/**
 * Sets, changes or removes the link at the selection. Only an address the app could ever hand
 * to the system browser is accepted (http, https, mailto, no credentials, no bidi tricks); with
 * nothing selected, the address itself becomes the linked words.
 */
export function LinkForm({ editor, onClose }: LinkFormProps) {
  const { t } = useI18n();
  const id = useId();
  const existing = editor.getAttributes('link').href as string | undefined;
  const [address, setAddress] = useState(existing ?? '');
  const [invalid, setInvalid] = useState(false);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  function close() {
    onClose();
    editor.commands.focus();
  }

  function apply() {
    const href = address.trim();
    if (!isOpenableUrl(href)) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !existing) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onClose();
  }

  // Escape is taken here (prevented), so the page's Escape, which leaves the note, does not fire too.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.currentTarget instanceof HTMLInputElement) {
      event.preventDefault();
      apply();
    }
  }

  return (
    <div className="rich-text__link-form" role="group" aria-label={t('richText.link')}>
      <label className="field__label" htmlFor={`${id}-address`}>
        {t('richText.linkAddress')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-address`}
        className="input"
        type="url"
        dir="ltr"
        value={address}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-problem` : undefined}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setAddress(event.target.value);
          setInvalid(false);
        }}
      />
      <FieldProblem id={`${id}-problem`} text={invalid ? t('richText.linkInvalid') : undefined} />
      <div className="rich-text__link-actions">
        <button type="button" className="button button--small" onClick={apply} onKeyDown={onKeyDown}>
          {t('richText.linkApply')}
        </button>
        {existing ? (
          <button
            type="button"
            className="button button--small"
            onKeyDown={onKeyDown}
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onClose();
            }}
          >
            {t('richText.linkRemove')}
          </button>
        ) : null}
        <button type="button" className="button button--small button--quiet" onClick={close} onKeyDown={onKeyDown}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
