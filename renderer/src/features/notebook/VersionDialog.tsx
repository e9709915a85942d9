import { useId, useState } from 'react';
import type { Entry } from '../../../../shared/domain/entries';
import { useModalDialog } from '../../components/use-modal-dialog';
import { useI18n } from '../../i18n/use-i18n';
import { versionFields } from './version-fields';

interface VersionDialogProps {
  version: Entry;
  /** The entry as it stands now, for the comparison; null while it loads. */
  current: Entry | null;
  onClose: () => void;
}

/** Title and body of two versions side by side, each in its own direction. */
function Comparison({ version, current }: { version: Entry; current: Entry }) {
  const { t, formatNumber } = useI18n();
  const column = (entry: Entry, heading: string) => (
    <section className="version-compare__column" aria-label={heading}>
      <h3 className="version-compare__heading">{heading}</h3>
      <p className="version-compare__title" dir="auto">
        {entry.title}
      </p>
      <p className="version__text" dir="auto">
        {entry.body}
      </p>
    </section>
  );
  return (
    <div className="version-compare" role="group" aria-label={t('versions.comparison')}>
      {column(version, t('versions.thisVersion', { revision: formatNumber(version.revision) }))}
      {column(current, t('versions.current', { revision: formatNumber(current.revision) }))}
    </div>
  );
}

/**
 * One superseded version, read only: its fields as text (as stored, redaction marks included),
 * its revision, whether it was final, and when it was saved. Escape or Close returns to the history.
 */
export function VersionDialog({ version, current, onClose }: VersionDialogProps) {
  const i18n = useI18n();
  const { t, formatNumber, formatDateTime } = i18n;
  const { dialogRef, focusRef } = useModalDialog<HTMLButtonElement>();
  const [comparing, setComparing] = useState(false);
  const titleId = useId();
  const fields = versionFields(version, i18n);
  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide"
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {t('versions.heading', { revision: formatNumber(version.revision) })}
      </h2>
      <div className="dialog__body stack">
        <p>{t('versions.meta', { date: formatDateTime(version.updatedAt), status: t(`versions.status.${version.status}`) })}</p>
        <p className="field__hint">{t('versions.readOnly')}</p>
        <dl className="version__fields" aria-label={t('versions.fields')}>
          {fields.map((field) => (
            <div key={field.label} className="version__field">
              <dt className="field__label">{t(field.label)}</dt>
              <dd className={field.long ? 'version__text' : undefined} dir="auto">
                {field.text}
              </dd>
            </div>
          ))}
        </dl>
        {comparing && current ? <Comparison version={version} current={current} /> : null}
      </div>
      <div className="button-row button-row--end">
        {current ? (
          <button type="button" className="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
            {comparing ? t('versions.hideCompare') : t('versions.compare')}
          </button>
        ) : null}
        <button type="button" className="button button--primary" ref={focusRef} onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </dialog>
  );
}
