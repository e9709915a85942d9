import { readFileSync } from 'node:fs';
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  storedPreferencesSchema,
  type Preferences,
  type PreferencesPatch,
} from '../../../shared/domain/preferences';
import { writeFileAtomic } from '../fs/atomic-file';

/** Per-install settings in a small JSON file outside the vault; damaged fields fall back to defaults. */
export class PreferencesStore {
  private readonly listeners = new Set<(preferences: Preferences) => void>();

  constructor(private readonly file: string) {}

  get(): Preferences {
    try {
      const parsed = storedPreferencesSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULT_PREFERENCES };
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
  }

  set(patch: PreferencesPatch): Preferences {
    const next = preferencesSchema.parse({ ...this.get(), ...patch });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`, 'your settings');
    for (const listener of this.listeners) listener(next);
    return next;
  }

  /** The main process applies some settings at once (screen-capture protection). */
  onChange(listener: (preferences: Preferences) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
