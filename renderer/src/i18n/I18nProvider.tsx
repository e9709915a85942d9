import { createContext, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { DigitSystem, Language } from '../../../shared/domain/preferences';
import { call } from '../ipc/client';
import { createTranslator, type Translator } from './translate';

export interface I18nValue extends Translator {
  setLanguage: (language: Language) => Promise<void>;
  setDigits: (digits: DigitSystem) => Promise<void>;
}

export const I18nContext = createContext<I18nValue | null>(null);

interface I18nProviderProps {
  initial: Language;
  initialDigits: DigitSystem;
  children: ReactNode;
}

/**
 * Holds the active language and digit system. The choices are remembered through
 * prefs:get/prefs:set in the main process, never in browser storage: the renderer keeps
 * nothing on disk.
 */
export function I18nProvider({ initial, initialDigits, children }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(initial);
  const [digits, setDigitsState] = useState<DigitSystem>(initialDigits);
  const translator = useMemo(() => createTranslator(language, digits), [language, digits]);

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

  // Stored first, then shown: if remembering fails, the screen keeps the digits that are stored
  // and Settings shows the error (a local file write: no visible wait).
  const setDigits = useCallback(async (next: DigitSystem) => {
    await call('prefs:set', { digits: next });
    setDigitsState(next);
  }, []);

  const value = useMemo(() => ({ ...translator, setLanguage, setDigits }), [translator, setLanguage, setDigits]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
