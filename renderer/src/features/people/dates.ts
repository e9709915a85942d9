import type { Translator } from '../../i18n/translate';
import { toLatinDigits } from '../../i18n/formats';

/**
 * A calendar day as the officer typed it (Latin, Arabic-Indic or Persian digits; - / or . between
 * the parts) → YYYY-MM-DD; '' → null; anything else, or a day that does not exist → undefined.
 */
export function parseDay(typed: string): string | null | undefined {
  const text = toLatinDigits(typed).trim();
  if (text === '') return null;
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A calendar day in the interface's language and digits (a day has no zone: shown as written). */
export function formatDay(day: string, { language, digits }: Pick<Translator, 'language' | 'digits'>): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC', numberingSystem: digits }).format(date);
}
