import { useId, useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RichTextEditor } from '../../components/rich-text/RichTextEditor';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { usePreferences } from '../settings/use-preferences';
import type { BodyForm } from './body-form';

interface RichBodyFieldProps {
  value: BodyForm;
  onChange: (body: BodyForm) => void;
}

/**
 * Every kind's formatted body, labelled as a field. A link in it opens only with the
 * allowOpeningLinks setting on (read fails closed: nothing until it is known), after the same
 * confirmation as the note's list of links, naming the full address; then the core's
 * 'link:open', which refuses anyway while the setting is off.
 */
export function RichBodyField({ value, onChange }: RichBodyFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const { prefs } = usePreferences();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function open(url: string) {
    setPending(null);
    setError(null);
    try {
      await call('link:open', { url });
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {t('editor.body')}
      </span>
      <RichTextEditor
        id={`${id}-body`}
        labelledBy={`${id}-label`}
        value={value.bodyDoc}
        onChange={(bodyDoc, body) => onChange({ body, bodyDoc })}
        onOpenLink={prefs?.allowOpeningLinks === true ? setPending : undefined}
      />
      <ErrorAlert error={error} />
      {pending !== null ? (
        <ConfirmDialog title={t('editor.links.confirmTitle')} confirmLabel={t('editor.links.confirm')} onConfirm={() => void open(pending)} onCancel={() => setPending(null)}>
          <p>
            <code className="url url--block" dir="ltr">
              {pending}
            </code>
          </p>
          <p>{t('editor.links.warning')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
