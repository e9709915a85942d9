import { describe, expect, it } from 'vitest';
import { createFormats, toLatinDigits } from '../../../renderer/src/i18n/formats';
import { createTranslator } from '../../../renderer/src/i18n/translate';

const ARABIC_INDIC = /[\u0660-\u0669]/;
const LATIN_DIGIT = /[0-9]/;
// Midday UTC: the 14th in every time zone a test machine is likely to use.
const MARCH_14 = '2026-03-14T12:00:00Z';

describe('numbers and dates follow the pinned digit system', () => {
  it.each(['en', 'ar'] as const)('Latin digits in %s: no Arabic-Indic digit anywhere', (language) => {
    const formats = createFormats(language, 'latn');
    expect(formats.dateTime(MARCH_14)).toMatch(/14/);
    expect(formats.dateTime(MARCH_14)).not.toMatch(ARABIC_INDIC);
    expect(formats.number(2000)).not.toMatch(ARABIC_INDIC);
    expect(formats.time(new Date(MARCH_14))).not.toMatch(ARABIC_INDIC);
  });

  it.each(['en', 'ar'] as const)('Arabic-Indic digits in %s: no Latin digit anywhere', (language) => {
    const formats = createFormats(language, 'arab');
    expect(formats.dateTime(MARCH_14)).toMatch(/١٤/);
    expect(formats.dateTime(MARCH_14)).not.toMatch(LATIN_DIGIT);
    expect(formats.number(2000)).toMatch(/^٢.?٠٠٠$/);
    expect(formats.time(new Date(MARCH_14))).not.toMatch(LATIN_DIGIT);
  });

  it('shows an unparsable timestamp as it is', () => {
    expect(createFormats('ar', 'arab').dateTime('not a date')).toBe('not a date');
  });

  it('writes counts in the chosen digits while the plural form follows the number', () => {
    // The count arrives isolated (FSI … PDI) so it cannot reorder the sentence.
    expect(createTranslator('ar', 'arab').tp('list.count', 12)).toBe('\u2068١٢\u2069 محضرًا');
    expect(createTranslator('ar', 'latn').tp('list.count', 12)).toBe('\u206812\u2069 محضرًا');
    expect(createTranslator('ar', 'arab').tp('list.count', 5)).toBe('\u2068٥\u2069 محاضر');
  });
});

describe('toLatinDigits', () => {
  it('reads Arabic-Indic and Persian digits typed into a field as Latin', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('٢٠٢٦-٠٣-14 ١٠:٣٠')).toBe('2026-03-14 10:30');
  });

  it('leaves every other character alone', () => {
    expect(toLatinDigits('محضر 12, abc')).toBe('محضر 12, abc');
  });
});
