import type { DigitSystem, Language } from '../../../shared/domain/preferences';

/** Numbers and dates as the interface shows them: the interface's language, the officer's digits. */
export interface Formats {
  number: (value: number) => string;
  /** An ISO timestamp as a date and time; an unparsable value is shown as it is, not hidden. */
  dateTime: (iso: string) => string;
  time: (date: Date) => string;
}

/**
 * The digits are pinned (numberingSystem) rather than left to the locale: ICU's default for
 * Arabic has changed between versions, so the same notebook would show ١٤ on one laptop and 14
 * on the next, and the date field and the list could disagree.
 */
export function createFormats(language: Language, digits: DigitSystem): Formats {
  const numbers = new Intl.NumberFormat(language, { numberingSystem: digits });
  // 24-hour in both languages, as the date field takes it: the list and the field read alike.
  const clock = { hourCycle: 'h23', numberingSystem: digits } as const;
  const dateTimes = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', ...clock });
  const times = new Intl.DateTimeFormat(language, { timeStyle: 'short', ...clock });
  return {
    number: (value) => numbers.format(value),
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTimes.format(date);
    },
    time: (date) => times.format(date),
  };
}

// Arabic-Indic (٠-٩, Arabic keyboards) and Extended Arabic-Indic (۰-۹, Persian and Urdu keyboards).
const NON_LATIN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * What an officer typed into a number or date field, with every digit made Latin, so input is
 * accepted with an Arabic keyboard whatever digits the interface shows.
 */
export function toLatinDigits(text: string): string {
  // Both blocks start at a multiple of 16 (U+0660, U+06F0): the low four bits are the digit.
  return text.replace(NON_LATIN_DIGITS, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}
