import { DEFAULT_PREFERENCES, type DigitSystem, type Language } from '../../../shared/domain/preferences';
import { ar } from './ar';
import type { Catalog, PluralKey, TextKey } from './catalog';
import { en } from './en';
import { createFormats } from './formats';
import type { MessageParams, PluralMessage } from './types';

const catalogs: Record<Language, Catalog> = { en, ar };

// First-strong isolate … pop directional isolate: an interpolated value (an incident id, a
// date, a word the user typed) cannot reorder the sentence around it in either direction.
const FSI = '\u2068';
const PDI = '\u2069';

export interface Translator {
  language: Language;
  digits: DigitSystem;
  dir: 'ltr' | 'rtl';
  t: (key: TextKey, params?: MessageParams) => string;
  /** A count-dependent message; `{count}` receives the count formatted for the locale. */
  tp: (key: PluralKey, count: number, params?: MessageParams) => string;
  formatNumber: (value: number) => string;
  formatDateTime: (iso: string) => string;
  formatTime: (date: Date) => string;
}

function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : `${FSI}${value}${PDI}`;
  });
}

export function createTranslator(language: Language, digits: DigitSystem = DEFAULT_PREFERENCES.digits): Translator {
  const catalog = catalogs[language];
  const plurals = new Intl.PluralRules(language);
  const formats = createFormats(language, digits);

  return {
    language,
    digits,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    t: (key, params = {}) => interpolate(catalog[key], params),
    tp: (key, count, params = {}) => {
      const forms: PluralMessage = catalog[key];
      const template = forms[plurals.select(count)] ?? forms.other;
      return interpolate(template, { ...params, count: formats.number(count) });
    },
    formatNumber: formats.number,
    formatDateTime: formats.dateTime,
    formatTime: formats.time,
  };
}
