import { describe, expect, it } from 'vitest';
import { launchRefusalMessage, mainText } from '../../../electron/main/main-text';

describe('main-process text', () => {
  it('names the address and host in the officer’s language', () => {
    expect(mainText('en', 'link.detail', { url: 'https://xn--e1afmkfd.org/', host: 'xn--e1afmkfd.org' })).toContain('Address: https://xn--e1afmkfd.org/\nHost: xn--e1afmkfd.org');
    expect(mainText('ar', 'link.detail', { url: 'https://example.org/', host: 'example.org' })).toContain('العنوان: https://example.org/');
    expect(mainText('ar', 'menu.lockNow')).toBe('قفل الآن');
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
