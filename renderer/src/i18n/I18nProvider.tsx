import { createContext, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/domain/preferences';
import { call } from '../ipc/client';
import { createTranslator, type Translator } from './translate';

export interface I18nValue extends Translator {
  setLanguage: (language: Language) => Promise<void>;
}

export const I18nContext = createContext<I18nValue | null>(null);

/**
 * Holds the active language. The choice is remembered through prefs:get/prefs:set in the main
 * process, never in browser storage: the renderer keeps nothing on disk.
 */
export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initial);
  const translator = useMemo(() => createTranslator(language), [language]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = translator.dir;
    document.title = translator.t('app.name');
  }, [language, translator]);

  const setLanguage = useCallback(async (next: Language) => {
    setLanguageState(next);
    // The switch takes effect even if remembering it fails: the language is not a secret,
    // and the officer should not be stuck in a UI they cannot read.
    await call('prefs:set', { language: next }).catch(() => undefined);
  }, []);

  const value = useMemo(() => ({ ...translator, setLanguage }), [translator, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
