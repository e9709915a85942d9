import { useContext, useId } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { useI18n } from '../../i18n/use-i18n';
import { usePreferences } from '../settings/use-preferences';
import type { BodyForm } from './body-form';
import { useLinkOpening } from './use-link-opening';
import { ReadOnlyEntry } from './read-only';

interface RichBodyFieldProps {
  /** The kind's own name for its body ("Other notes" on a hearing); "Notes" otherwise. */
  label?: string;
  value: BodyForm;
  onChange: (body: BodyForm) => void;
}

/**
 * Every kind's formatted body, labelled as a field. A link in it opens only with the
 * allowOpeningLinks setting on (read fails closed: nothing until it is known), after the same
 * confirmation as the note's list of links, naming the full address; then the core's
 * 'link:open', which refuses anyway while the setting is off.
 */
export function RichBodyField({ label, value, onChange }: RichBodyFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const { prefs } = usePreferences();
  const readOnly = useContext(ReadOnlyEntry);
  const links = useLinkOpening();

  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label ?? t('editor.body')}
      </span>
      <RichTextEditor
        id={`${id}-body`}
        labelledBy={`${id}-label`}
        value={value.bodyDoc}
        onChange={(bodyDoc, body) => onChange({ body, bodyDoc })}
        readOnly={readOnly}
        onOpenLink={prefs?.allowOpeningLinks === true ? links.ask : undefined}
      />
      <ErrorAlert error={links.error} />
      {links.dialog}
    </div>
  );
}
