import type { DigitSystem, Language } from '../../../../../shared/domain/preferences';

/** A calendar day (a next hearing) in the interface's language and digits; read in UTC, as it has no zone. */
export function formatDay(day: string, language: Language, digits: DigitSystem): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC', numberingSystem: digits }).format(date);
}
