import { UsageError } from './errors';

/**
 * Dates as people type them. A date alone or a date and time without an offset is local time,
 * as the officer's watch showed it; an offset or Z is taken as written. Everything is stored in
 * UTC, as the contract requires.
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

export const DATE_FORMS = '2026-03-14, 2026-03-14T10:30 (local time) or 2026-03-14T10:30+02:00';

function localInstant(match: RegExpExecArray): Date | null {
  const [year, month, day, hour, minute, second, millis] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute, second, millis);
  // new Date() rolls 31 April into 1 May and a time skipped by a clock change into the next
  // hour; a note's date is evidence, so a date that does not exist is refused, not moved.
  const exact =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day && date.getHours() === hour && date.getMinutes() === minute;
  return exact ? date : null;
}

/** Returns the instant in UTC ISO form, or throws a usage error naming `label` and the accepted forms. */
export function parseDateInput(raw: string, label: string): string {
  const text = raw.trim();
  const local = LOCAL.exec(text);
  const date = local ? localInstant(local) : WITH_OFFSET.test(text) ? new Date(text.replace(' ', 'T')) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new UsageError(`${label}: '${raw.slice(0, 40)}' is not a date or does not exist; use ${DATE_FORMS}.`, '');
  }
  return date.toISOString();
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `+02:00`, `-05:30`, `+00:00`: the offset in force at that instant (it changes with summer time). */
function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${pad(Math.floor(magnitude / 60))}:${pad(magnitude % 60)}`;
}

/**
 * An instant in the machine's local time with its offset, `2026-03-14 10:30 +02:00`: what the
 * reader's clock showed, and unambiguous when a report travels to another time zone.
 */
export function formatLocalInstant(iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())} ${offsetOf(date)}`;
}
