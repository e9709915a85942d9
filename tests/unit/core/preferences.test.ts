import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLinks, isOpenableUrl } from '../../../shared/domain/links';
import { DEFAULT_PREFERENCES } from '../../../shared/domain/preferences';
import { PreferencesStore } from '../../../electron/core/preferences/preferences-store';

const file = () => join(mkdtempSync(join(tmpdir(), 'fieldnotes-prefs-')), 'preferences.json');

describe('PreferencesStore', () => {
  it('falls back field by field, so an old or damaged file keeps what is still valid', () => {
    const path = file();
    writeFileSync(path, JSON.stringify({ language: 'ar', idleLockMinutes: 'soon', retired: 1 }));
    expect(new PreferencesStore(path).get()).toEqual({ ...DEFAULT_PREFERENCES, language: 'ar' });
    writeFileSync(path, '{not json');
    expect(new PreferencesStore(path).get()).toEqual(DEFAULT_PREFERENCES);
  });

  it('writes the whole valid set, tells listeners, and refuses invalid values without writing', () => {
    const path = file();
    const store = new PreferencesStore(path);
    const seen: boolean[] = [];
    store.onChange((p) => seen.push(p.screenCaptureProtection));
    store.set({ screenCaptureProtection: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, screenCaptureProtection: false });
    expect(() => store.set({ idleLockMinutes: 0 })).toThrow();
    expect(store.get().idleLockMinutes).toBe(5);
    expect(seen).toEqual([false]);
  });

  it('reads a file from before the theme existed as following the system, and keeps a chosen theme', () => {
    const path = file();
    writeFileSync(path, JSON.stringify({ language: 'ar', idleLockMinutes: 7, screenCaptureProtection: true, allowOpeningLinks: false }));
    const store = new PreferencesStore(path);
    expect(store.get()).toMatchObject({ language: 'ar', idleLockMinutes: 7, theme: 'system' });
    store.set({ theme: 'dark' });
    expect(new PreferencesStore(path).get().theme).toBe('dark');
    writeFileSync(path, JSON.stringify({ language: 'ar', theme: 'sepia' }));
    expect(new PreferencesStore(path).get()).toMatchObject({ language: 'ar', theme: 'system' });
    expect(() => store.set({ theme: 'sepia' as never })).toThrow();
  });
});

describe('links in notes', () => {
  it('finds http(s) and mailto addresses with their full text, trimming sentence punctuation', () => {
    expect(findLinks('See https://www.ohchr.org/en/hrbodies. Also (mailto:desk@example.org), ftp://x.org and http://a.b/c?d=1&e=2')).toEqual([
      'https://www.ohchr.org/en/hrbodies',
      'mailto:desk@example.org',
      'http://a.b/c?d=1&e=2',
    ]);
    expect(findLinks('رابط: https://example.org/ar/تقرير')).toEqual(['https://example.org/ar/تقرير']);
  });

  it('never treats file, javascript or credentialed URLs as openable', () => {
    expect(isOpenableUrl('file:///etc/passwd')).toBe(false);
    expect(isOpenableUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableUrl('https://user:secret@example.org')).toBe(false);
    expect(isOpenableUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
    expect(isOpenableUrl('https://example.org/\u202Efdp.exe')).toBe(false);
    expect(isOpenableUrl('https://exa\u200Bmple.org/')).toBe(false);
    expect(isOpenableUrl('https://example.org/report')).toBe(true);
  });
});
