import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import type { TextKey } from '../../i18n/catalog';
import { dateOrder, joinParts, monthNames, showDigits, splitLocalValue, type DatePart, type DateParts } from './date-parts';

interface DateTimeFieldProps {
  label: string;
  /** `YYYY-MM-DDTHH:mm` in local time, or ''. */
  value: string;
  onChange: (value: string) => void;
}

const PART_LABEL: Record<DatePart, TextKey> = {
  day: 'date.day',
  month: 'date.month',
  year: 'date.year',
  hour: 'date.hour',
  minute: 'date.minute',
};

/** Parts of a value as the officer's digits show them. */
function shownParts(value: string, digits: 'latn' | 'arab'): DateParts {
  const parts = splitLocalValue(value);
  return {
    day: showDigits(parts.day, digits),
    month: parts.month,
    year: showDigits(parts.year, digits),
    hour: showDigits(parts.hour, digits, 2),
    minute: showDigits(parts.minute, digits, 2),
  };
}

/**
 * The meeting's date and time in the interface's language, digits and date order (the list's
 * format), never the OS locale. A group of small fields: day, month by name, year, then the
 * 24-hour time. Typing an incomplete date keeps the last complete one in the note.
 */
export function DateTimeField({ label, value, onChange }: DateTimeFieldProps) {
  const { t, language, digits } = useI18n();
  const [parts, setParts] = useState<DateParts>(() => shownParts(value, digits));
  const [seen, setSeen] = useState(value);
  // A value set from outside (a restored draft, a discard) replaces what is shown.
  if (value !== seen) {
    setSeen(value);
    if (joinParts(parts) !== value) setParts(shownParts(value, digits));
  }

  function edit(part: DatePart, text: string) {
    const next = { ...parts, [part]: text };
    setParts(next);
    const joined = joinParts(next);
    if (joined !== null && joined !== value) {
      setSeen(joined);
      onChange(joined);
    }
  }

  const number = (part: Exclude<DatePart, 'month'>, size: number) => (
    <input
      key={part}
      className={`input date-field__part date-field__part--${part}`}
      aria-label={t(PART_LABEL[part])}
      inputMode="numeric"
      autoComplete="off"
      size={size}
      maxLength={size}
      value={parts[part]}
      onChange={(event) => edit(part, event.target.value)}
    />
  );

  return (
    <fieldset className="date-field">
      <legend className="field__label">{label}</legend>
      <div className="date-field__parts">
        {dateOrder(language).map((part) =>
          part === 'month' ? (
            <select key="month" className="input date-field__part" aria-label={t(PART_LABEL.month)} value={parts.month} onChange={(event) => edit('month', event.target.value)}>
              <option value="">{t('date.noMonth')}</option>
              {monthNames(language, digits).map((name, index) => (
                <option key={name} value={String(index + 1)}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            number(part, part === 'year' ? 4 : 2)
          ),
        )}
        <span className="date-field__time" dir="ltr">
          {number('hour', 2)}
          <span aria-hidden="true">:</span>
          {number('minute', 2)}
        </span>
      </div>
    </fieldset>
  );
}
