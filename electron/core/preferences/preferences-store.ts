import { readFileSync } from 'node:fs';
import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences, type PreferencesPatch } from '../../../shared/domain/preferences';
import { writeFileAtomic } from '../fs/atomic-file';

/** Per-install settings in a small JSON file outside the vault; a damaged file falls back to defaults. */
export class PreferencesStore {
  constructor(private readonly file: string) {}

  get(): Preferences {
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : { ...DEFAULT_PREFERENCES };
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
  }

  set(patch: PreferencesPatch): Preferences {
    const next = preferencesSchema.parse({ ...this.get(), ...patch });
    writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`, 'your settings');
    return next;
  }
}
