import { z } from 'zod';

export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Per-install settings kept outside the vault (they hold nothing about the notebook), so the
 * lock screen can show the officer's language before any key exists.
 */
export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** Auto-lock after this many minutes without input. */
  idleLockMinutes: z.number().int().min(1).max(240),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: 'en', idleLockMinutes: 5 };

export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export function isRtl(language: Language): boolean {
  return language === 'ar';
}
