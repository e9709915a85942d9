import type { z } from 'zod';
import type { BundlePickPurpose, pickedBundleFileSchema } from '../../../../shared/domain/bundles';
import { useI18n } from '../../i18n/use-i18n';

export type PickedFile = z.infer<typeof pickedBundleFileSchema>;

interface BundlePickerProps {
  purpose: BundlePickPurpose;
  label: string;
  hint?: string;
  picked: readonly PickedFile[];
  onPick: (purpose: BundlePickPurpose) => void;
}

/** One file choice through main's open dialog: the page only ever sees the file's name and a token. */
export function BundlePicker({ purpose, label, hint, picked, onPick }: BundlePickerProps) {
  const { t } = useI18n();
  const id = `hq-pick-${purpose}`;
  return (
    <div className="field" role="group" aria-labelledby={`${id}-label`} aria-describedby={hint ? `${id}-hint` : undefined}>
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {picked.length === 0 ? (
        <p className="muted">{t('hq.nothingChosen')}</p>
      ) : (
        <ul className="plain-list">
          {picked.map((file) => (
            <li key={file.token} dir="auto">
              {file.name}
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" className="button" aria-describedby={`${id}-label`} onClick={() => onPick(purpose)}>
          {purpose === 'signers' ? t('hq.chooseSigners') : t('hq.choose')}
        </button>
      </div>
    </div>
  );
}
