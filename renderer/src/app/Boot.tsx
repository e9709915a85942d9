import { useEffect, useState } from 'react';
import { DEFAULT_PREFERENCES, type DigitSystem, type Language } from '../../../shared/domain/preferences';
import type { VaultStatus } from '../../../shared/domain/vault';
import { call } from '../ipc/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { App } from './App';
import { applyTheme } from './theme';

interface Initial {
  language: Language;
  digits: DigitSystem;
  status: VaultStatus | null;
}

/**
 * Reads the language and the vault state before the first paint, so the lock screen appears
 * directly in the officer's language, direction and theme (no flash of English in an Arabic UI,
 * no bright frame in a dark room).
 */
export function Boot() {
  const [initial, setInitial] = useState<Initial | null>(null);

  useEffect(() => {
    const prefs = call('prefs:get', {}).catch(() => DEFAULT_PREFERENCES);
    const status = call('vault:status', {}).catch(() => null);
    void Promise.all([prefs, status]).then(([p, s]) => {
      applyTheme(p.theme);
      setInitial({ language: p.language, digits: p.digits, status: s });
    });
  }, []);

  if (!initial) return null;
  return (
    <I18nProvider initial={initial.language} initialDigits={initial.digits}>
      <App initialStatus={initial.status} />
    </I18nProvider>
  );
}
