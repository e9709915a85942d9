/** CLDR plural categories; Intl.PluralRules picks one per count and locale (Arabic uses all six). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A count-dependent message: `other` is required, every other category is optional. */
export type PluralMessage = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

export type Message = string | PluralMessage;

/**
 * Parameters interpolated into `{name}` placeholders. Strings only: a number must be formatted
 * first (formatNumber), or it would show in Latin digits whatever digits the officer chose.
 */
export type MessageParams = Record<string, string>;
