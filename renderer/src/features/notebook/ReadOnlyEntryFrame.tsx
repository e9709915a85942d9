import { useRef, type ReactNode } from 'react';
import type { Entry } from '../../../../shared/domain/entries';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import type { FormBase, KindEditor } from './EntryEditorFrame';
import { ReadOnlyEntry } from './read-only';

export interface ReadOnlyEntryProps {
  entry: Entry;
  /** Says why the entry cannot be changed and where it came from; read before the fields. */
  banner: ReactNode;
  /** Where the back button returns: the place that opened the entry names it. */
  backLabel: string;
  onClose: () => void;
}

/**
 * An entry that is not the officer's to change (one imported from a bundle): the kind's own
 * fields, as the editor shows them, every one disabled, with the banner above. Nothing here saves.
 */
export function ReadOnlyEntryFrame<Form extends FormBase>({ kind, entry, banner, backLabel, onClose }: ReadOnlyEntryProps & { kind: KindEditor<Form> }) {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const form = kind.adapter.fromEntry(entry);
  const { Fields } = kind;
  return (
    <div className="editor editor--read-only" role="region" aria-labelledby="read-only-heading">
      <div className="editor__head">
        <button type="button" className="button button--quiet" onClick={onClose}>
          <span aria-hidden="true" className="icon-back" />
          {backLabel}
        </button>
        <h1 className="heading editor__heading" id="read-only-heading" ref={headingRef} tabIndex={-1}>
          {t(kind.headings.edit)}
        </h1>
      </div>
      <div className="alert alert--info">{banner}</div>
      {form ? (
        <ReadOnlyEntry.Provider value={true}>
          <fieldset className="editor__read-only" disabled>
            <Fields draft={form} onChange={() => undefined} titleRef={titleRef} entryId={null} />
          </fieldset>
        </ReadOnlyEntry.Provider>
      ) : null}
    </div>
  );
}
