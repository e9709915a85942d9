import { z } from 'zod';

export const LANGUAGES = ['en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The digits every number and date is shown with, in either language (Intl numbering systems):
 * Latin 0-9 or Arabic-Indic ٠-٩. Pinned by the officer rather than left to the locale's default,
 * which differs between ICU versions and so between machines.
 */
export const DIGIT_SYSTEMS = ['latn', 'arab'] as const;
export type DigitSystem = (typeof DIGIT_SYSTEMS)[number];

export const IDLE_LOCK_LIMITS = { min: 1, max: 240 } as const;

/** 'system' follows the OS; the officer can pick dark for a dim courtroom whatever the OS says. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Per-install settings kept outside the vault (they hold nothing about the notebook), so the
 * lock screen can show the officer's language before any key exists.
 */
export const preferencesSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** Auto-lock after this many minutes without input. */
  idleLockMinutes: z.number().int().min(IDLE_LOCK_LIMITS.min).max(IDLE_LOCK_LIMITS.max),
  /** Ask the OS to keep the window out of screenshots and screen sharing (only fully honoured on Windows). */
  screenCaptureProtection: z.boolean(),
  /** Links in notes open in the system browser only when this is on, and each time after a confirmation naming the address. */
  allowOpeningLinks: z.boolean(),
  digits: z.enum(DIGIT_SYSTEMS),
  theme: z.enum(THEMES),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'en',
  idleLockMinutes: 5,
  screenCaptureProtection: true,
  allowOpeningLinks: false,
  digits: 'latn',
  theme: 'system',
};

export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

/**
 * Reading a preferences file written by another version: each field that is missing or
 * invalid falls back to its default on its own, so an upgrade never resets the language.
 */
export const storedPreferencesSchema = z.object({
  language: preferencesSchema.shape.language.catch(DEFAULT_PREFERENCES.language),
  idleLockMinutes: preferencesSchema.shape.idleLockMinutes.catch(DEFAULT_PREFERENCES.idleLockMinutes),
  screenCaptureProtection: preferencesSchema.shape.screenCaptureProtection.catch(DEFAULT_PREFERENCES.screenCaptureProtection),
  allowOpeningLinks: preferencesSchema.shape.allowOpeningLinks.catch(DEFAULT_PREFERENCES.allowOpeningLinks),
  digits: preferencesSchema.shape.digits.catch(DEFAULT_PREFERENCES.digits),
  theme: preferencesSchema.shape.theme.catch(DEFAULT_PREFERENCES.theme),
});

export function isRtl(language: Language): boolean {
  return language === 'ar';
}
