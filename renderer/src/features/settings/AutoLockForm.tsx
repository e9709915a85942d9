import { useState, type FormEvent } from 'react';
import { IDLE_LOCK_LIMITS, type Preferences, type PreferencesPatch } from '../../../../shared/domain/preferences';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { toLatinDigits } from '../../i18n/formats';
import { useI18n } from '../../i18n/use-i18n';
import { toErrorData } from '../../ipc/client';

interface AutoLockFormProps {
  minutes: number;
  update: (patch: PreferencesPatch) => Promise<Preferences>;
}

/**
 * Whole minutes in range, or null. Digits only: "5e1" and "1.5" are refused, not guessed at.
 * Latin or Arabic-Indic digits alike, whatever the digit setting: the officer types with the
 * keyboard at hand.
 */
export function parseMinutes(text: string): number | null {
  const trimmed = toLatinDigits(text).trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= IDLE_LOCK_LIMITS.min && value <= IDLE_LOCK_LIMITS.max ? value : null;
}

export function AutoLockForm({ minutes, update }: AutoLockFormProps) {
  const { t, tp, formatNumber } = useI18n();
  // The stored value in the chosen digits; parseMinutes reads either kind back.
  const [text, setText] = useState(formatNumber(minutes));
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const range = { min: formatNumber(IDLE_LOCK_LIMITS.min), max: formatNumber(IDLE_LOCK_LIMITS.max) };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setError(null);
    const value = parseMinutes(text);
    if (value === null) {
      setProblem(t('settings.autolock.invalid', range));
      return;
    }
    setProblem(undefined);
    try {
      const stored = await update({ idleLockMinutes: value });
      setSaved(stored.idleLockMinutes);
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <form className="stack stack--tight" onSubmit={(event) => void submit(event)} noValidate>
      <div className="inline-form">
        <Field label={t('settings.autolock.label')} hint={t('settings.autolock.hint', range)} problem={problem}>
          {(c) => (
            <input
              {...c}
              className="input input--number"
              // Text, not number: Chromium's number field drops Arabic-Indic digits as they are typed.
              type="text"
              inputMode="numeric"
              autoComplete="off"
              dir="ltr"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setSaved(null);
              }}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t('settings.autolock.save')}
        </button>
      </div>
      <p className="status-text" role="status">
        {saved === null ? '' : tp('settings.autolock.saved', saved)}
      </p>
      <ErrorAlert error={error} />
    </form>
  );
}
