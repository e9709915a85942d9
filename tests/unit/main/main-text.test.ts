import { describe, expect, it } from 'vitest';
import { launchRefusalMessage, mainText, mainTextCatalogues } from '../../../electron/main/main-text';
import { arabicProblems, placeholders } from '../i18n/arabic-text-rules';

describe('main-process text', () => {
  it('names the address and host in the officer’s language', () => {
    expect(mainText('en', 'link.detail', { url: 'https://xn--e1afmkfd.org/', host: 'xn--e1afmkfd.org' })).toContain('Address: https://xn--e1afmkfd.org/\nHost: xn--e1afmkfd.org');
    expect(mainText('ar', 'link.detail', { url: 'https://example.org/', host: 'example.org' })).toContain('العنوان: https://example.org/');
    expect(mainText('ar', 'menu.lockNow')).toBe('قفل الدفتر الآن');
  });

  it('has the same keys and placeholders in both languages, and Arabic that follows the glossary', () => {
    const { en, ar } = mainTextCatalogues;
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      expect(placeholders(ar[key as keyof typeof ar]), key).toEqual(placeholders(english));
    }
    expect(Object.entries(ar).flatMap(([key, text]) => arabicProblems(key, text))).toEqual([]);
  });

  it('leaves an unknown placeholder visible rather than silently empty', () => {
    expect(mainText('en', 'link.detail')).toContain('{url}');
  });
});

describe('launch refusal', () => {
  it('names the kinds of option in each language and nothing from the command line', () => {
    expect(launchRefusalMessage('en', ['debugging', 'logging'])).toContain('(debugging, logging)');
    expect(launchRefusalMessage('ar', ['debugging', 'isolation'])).toContain('(تصحيح الأخطاء، تعطيل العزل أو وضع الحماية)');
    expect(launchRefusalMessage('en', ['network'])).not.toMatch(/\{\w+\}/);
  });
});
