import { useCallback, useEffect, useState } from 'react';
import type { Preferences, PreferencesPatch } from '../../../../shared/domain/preferences';
import type { AppErrorData } from '../../../../shared/errors';
import { call, toErrorData } from '../../ipc/client';

export interface PreferencesState {
  prefs: Preferences | null;
  error: AppErrorData | null;
  /** Saves a change and returns the stored preferences; throws the IPC error. */
  update: (patch: PreferencesPatch) => Promise<Preferences>;
}

/** The per-install settings, read from and written to the main process (never browser storage). */
export function usePreferences(): PreferencesState {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    let live = true;
    call('prefs:get', {})
      .then((value) => live && setPrefs(value))
      .catch((caught: unknown) => live && setError(toErrorData(caught)));
    return () => {
      live = false;
    };
  }, []);

  // Optimistic, so a checkbox follows the click at once; on failure it shows what is stored.
  const update = useCallback(async (patch: PreferencesPatch) => {
    setPrefs((previous) => (previous ? { ...previous, ...patch } : previous));
    try {
      const stored = await call('prefs:set', patch);
      setPrefs(stored);
      return stored;
    } catch (caught) {
      await call('prefs:get', {})
        .then(setPrefs)
        .catch(() => undefined);
      throw caught;
    }
  }, []);

  return { prefs, error, update };
}
