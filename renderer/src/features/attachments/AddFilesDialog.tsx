import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/use-i18n';
import { carriesAnything, stripProposed, type ChosenFile } from './chosen-file';
import { formatFileSize } from './file-size';

interface AddFilesDialogProps {
  files: ChosenFile[];
  onAdd: (choices: { file: ChosenFile; stripLocation: boolean }[]) => void;
  onCancel: () => void;
}

/**
 * Before anything is stored: what each file carries (a position, a camera, a time) and, where
 * it can be done, the choice to keep only a copy without them, ticked when there is a position.
 */
export function AddFilesDialog({ files, onAdd, onCancel }: AddFilesDialogProps) {
  const { t, tp } = useI18n();
  const [strip, setStrip] = useState<Record<string, boolean>>(() => Object.fromEntries(files.map((file) => [file.token, stripProposed(file)])));
  return (
    <ConfirmDialog
      title={tp('attachments.review.title', files.length)}
      confirmLabel={t('attachments.review.confirm')}
      onConfirm={() => onAdd(files.map((file) => ({ file, stripLocation: file.strippable && strip[file.token] === true })))}
      onCancel={onCancel}
      controls={
        <ul className="attachment-review">
          {files.map((file) => (
            <li key={file.token} className="attachment-review__file stack">
              <ChosenFileFacts file={file} />
              {file.strippable && carriesAnything(file) ? (
                <StripChoice checked={strip[file.token] === true} onChange={(checked) => setStrip((previous) => ({ ...previous, [file.token]: checked }))} />
              ) : null}
              {!file.strippable && carriesAnything(file) ? <p className="field__hint">{t('attachments.strip.unavailable')}</p> : null}
            </li>
          ))}
        </ul>
      }
    >
      <p>{t('attachments.review.body')}</p>
    </ConfirmDialog>
  );
}

function ChosenFileFacts({ file }: { file: ChosenFile }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { location, device, takenAt } = file.metadata;
  return (
    <>
      <p className="attachment-review__name">
        <strong dir="auto">{file.name}</strong> <span className="muted">{formatFileSize(file.bytes, i18n)}</span>
      </p>
      <p className="attachment-review__carries-heading">{t('attachments.carries')}</p>
      {carriesAnything(file) ? (
        <ul className="attachment-review__carries">
          {location ? <li>{t('attachments.carries.location')}</li> : null}
          {device ? <li>{t('attachments.carries.device')}</li> : null}
          {takenAt ? <li>{t('attachments.carries.takenAt')}</li> : null}
        </ul>
      ) : (
        <p>{t('attachments.carries.nothing')}</p>
      )}
    </>
  );
}

/** Said plainly next to the box: once ticked, the original is never kept. */
function StripChoice({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <div className="field">
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hintId} />
        <span>{t('attachments.strip')}</span>
      </label>
      <p className="field__hint" id={hintId}>
        {t('attachments.strip.hint')}
      </p>
    </div>
  );
}
