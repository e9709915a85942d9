import { describe, expect, it } from 'vitest';
import { ar } from '../../../renderer/src/i18n/ar';
import type { MessageKey } from '../../../renderer/src/i18n/catalog';
import { en } from '../../../renderer/src/i18n/en';
import { createTranslator } from '../../../renderer/src/i18n/translate';
import type { Message, PluralCategory } from '../../../renderer/src/i18n/types';
import { arabicProblems, placeholders } from './arabic-text-rules';

const ARABIC_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
/** One count per Arabic category: 0 zero, 1 one, 2 two, 3–10 few, 11–99 many, 100 other. */
const SAMPLE_COUNTS = [0, 1, 2, 3, 10, 11, 99, 100, 102, 2000];

const keys = Object.keys(en) as MessageKey[];
const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));

describe('the Arabic catalogue', () => {
  it('has exactly the English keys', () => {
    expect(Object.keys(ar).sort()).toEqual([...keys].sort());
  });

  it('keeps the placeholders of every message', () => {
    const mismatched = keys.flatMap((key) => {
      const english = new Set(forms(en[key]).flatMap(placeholders));
      // A plural form may spell the number out ("ثانيتين") instead of using {count}, never add one.
      return forms(ar[key])
        .filter((text) => typeof en[key] === 'string' ? placeholders(text).join() !== [...english].sort().join() : placeholders(text).some((name) => !english.has(name)))
        .map((text) => `${key}: ${text}`);
    });
    expect(mismatched).toEqual([]);
  });

  it('gives every counted message all six Arabic plural forms, and {count} where the number is written in digits', () => {
    const incomplete = keys.flatMap((key) => {
      const message = ar[key];
      if (typeof message === 'string') return [];
      const missing = ARABIC_CATEGORIES.filter((category) => message[category] === undefined);
      const noCount = (['few', 'many', 'other'] as const).filter((category) => !message[category]?.includes('{count}'));
      return [...missing.map((c) => `${key}: no ${c}`), ...noCount.map((c) => `${key}.${c}: no {count}`)];
    });
    expect(incomplete).toEqual([]);
  });

  it('renders each counted message for every category without a leftover placeholder', () => {
    const { tp } = createTranslator('ar');
    const pluralKeys = keys.filter((key) => typeof en[key] !== 'string') as Parameters<typeof tp>[0][];
    for (const key of pluralKeys) {
      for (const count of SAMPLE_COUNTS) expect(tp(key, count, { min: '1', max: '2' }), `${key} ${count}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('uses the glossary: no Latin brand, no rejected term, Arabic punctuation', () => {
    expect(keys.flatMap((key) => forms(ar[key]).flatMap((text) => arabicProblems(key, text)))).toEqual([]);
  });
});
