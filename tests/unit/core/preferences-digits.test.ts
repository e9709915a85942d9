import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PreferencesStore } from '../../../electron/core/preferences/preferences-store';

const dirs: string[] = [];
function file(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-prefs-digits-'));
  dirs.push(dir);
  return join(dir, 'preferences.json');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the digit system preference', () => {
  it('reads a file from before it existed as Latin digits and keeps everything else', () => {
    const path = file();
    writeFileSync(path, JSON.stringify({ language: 'ar', idleLockMinutes: 9, screenCaptureProtection: false, allowOpeningLinks: true }));
    expect(new PreferencesStore(path).get()).toMatchObject({ language: 'ar', idleLockMinutes: 9, allowOpeningLinks: true, digits: 'latn' });
  });

  it('keeps Arabic-Indic once chosen, and falls back to Latin for a value it does not know', () => {
    const path = file();
    const store = new PreferencesStore(path);
    store.set({ digits: 'arab' });
    expect(new PreferencesStore(path).get().digits).toBe('arab');
    writeFileSync(path, JSON.stringify({ language: 'ar', digits: 'hanidec' }));
    expect(new PreferencesStore(path).get()).toMatchObject({ language: 'ar', digits: 'latn' });
    expect(() => store.set({ digits: 'persian' as never })).toThrow();
  });
});
