import type { DigitSystem, Language } from '../../../../shared/domain/preferences';
import { toLatinDigits } from '../../i18n/formats';

/**
 * The meeting's date and time as separate parts, so the field reads in the interface's language
 * and digits, in the order the list uses (Intl for that language), instead of the OS locale a
 * datetime-local input follows. The form still holds `YYYY-MM-DDTHH:mm` (local time).
 */
export interface DateParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

export type DatePart = keyof DateParts;

export const EMPTY_PARTS: DateParts = { day: '', month: '', year: '', hour: '', minute: '' };

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** `YYYY-MM-DDTHH:mm` → parts (Latin digits, months 1–12); anything else → empty parts. */
export function splitLocalValue(value: string): DateParts {
  const match = LOCAL_VALUE.exec(value);
  if (!match) return EMPTY_PARTS;
  const [, year = '', month = '', day = '', hour = '', minute = ''] = match;
  return { year, month: String(Number(month)), day: String(Number(day)), hour, minute };
}

const pad = (text: string, width: number) => text.padStart(width, '0');

/**
 * Parts as typed (either digit system) → `YYYY-MM-DDTHH:mm`; all empty → ''; incomplete or
 * impossible (31 February, 24:00) → null, and the form keeps its last valid value.
 */
export function joinParts(parts: DateParts): string | null {
  const clean = (text: string) => toLatinDigits(text).trim();
  const latin: DateParts = { day: clean(parts.day), month: clean(parts.month), year: clean(parts.year), hour: clean(parts.hour), minute: clean(parts.minute) };
  if (Object.values(latin).every((text) => text === '')) return '';
  if (!/^\d{4}$/.test(latin.year) || ![latin.month, latin.day, latin.hour, latin.minute].every((text) => /^\d{1,2}$/.test(text))) return null;
  const [year, month, day, hour, minute] = [latin.year, latin.month, latin.day, latin.hour, latin.minute].map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  const exists = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && hour < 24 && minute < 60;
  if (!exists) return null;
  return `${latin.year}-${pad(latin.month, 2)}-${pad(latin.day, 2)}T${pad(latin.hour, 2)}:${pad(latin.minute, 2)}`;
}

/** The order of day, month and year in this language's dates (as the list writes them). */
export function dateOrder(language: Language): ('day' | 'month' | 'year')[] {
  const parts = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date(2026, 2, 14));
  return parts.map((part) => part.type).filter((type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year');
}

/** January … December in the interface's language and digits. */
export function monthNames(language: Language, digits: DigitSystem): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', numberingSystem: digits });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(2026, index, 1)));
}

/** A Latin part shown in the officer's digits (no grouping: 2026, never 2,026). */
export function showDigits(text: string, digits: DigitSystem, width = 1): string {
  if (!/^\d+$/.test(text)) return text;
  return new Intl.NumberFormat('en', { numberingSystem: digits, useGrouping: false, minimumIntegerDigits: width }).format(Number(text));
}
