import { useId, useState } from 'react';
import { DIGIT_SYSTEMS, type DigitSystem } from '../../../../shared/domain/preferences';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { toErrorData } from '../../ipc/client';

/**
 * Each option shows its own digits, so it is recognised without reading the label. One
 * unbroken number: Arabic-Indic digits separated by spaces would be drawn in reverse even
 * inside a left-to-right isolate (the bidi algorithm treats the spaces between them as RTL).
 */
const SAMPLE: Record<DigitSystem, string> = { latn: '123', arab: '١٢٣' };

/**
 * Latin or Arabic-Indic digits for every number and date on screen. Styled as the language
 * switch beside it: two pressed/unpressed buttons. The sample is isolated left to right.
 */
export function DigitsSwitch() {
  const { t, digits, setDigits } = useI18n();
  const [error, setError] = useState<AppErrorData | null>(null);
  const id = useId();

  async function choose(next: DigitSystem) {
    setError(null);
    try {
      await setDigits(next);
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <div className="stack stack--tight">
      <h3 className="minor-heading" id={`${id}-label`}>
        {t('settings.digits.label')}
      </h3>
      <p className="muted" id={`${id}-hint`}>
        {t('settings.digits.hint')}
      </p>
      <div>
        <div className="lang-switch" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
          {DIGIT_SYSTEMS.map((option) => (
            <button key={option} type="button" className="lang-switch__option" aria-pressed={option === digits} onClick={() => void choose(option)}>
              {t(option === 'latn' ? 'settings.digits.latn' : 'settings.digits.arab')} <bdi dir="ltr">{SAMPLE[option]}</bdi>
            </button>
          ))}
        </div>
      </div>
      <ErrorAlert error={error} />
    </div>
  );
}
