import type { PluralCategory, PluralMessage } from './types';
import type { en } from './en';

type Source = typeof en;

export type MessageKey = keyof Source;
/** Keys whose English message is a plain string. */
export type TextKey = { [K in MessageKey]: Source[K] extends string ? K : never }[MessageKey];
/** Keys whose English message varies with a count. */
export type PluralKey = Exclude<MessageKey, TextKey>;

/**
 * The shape every translation must have: exactly the English keys (an extra key is an
 * excess-property error on the object literal, a missing key is a missing-property error),
 * with a plural message wherever English has one.
 */
export type Catalog = { readonly [K in MessageKey]: Source[K] extends string ? string : PluralMessage };

/**
 * Arabic's shape: a Catalog whose every counted message has all six CLDR forms (zero, one,
 * two, few 3–10, many 11–99, other 100+), so a form that would fall back to `other` and read
 * wrongly ("3 محضر") cannot be forgotten.
 */
export type ArabicCatalog = { readonly [K in MessageKey]: Source[K] extends string ? string : Record<PluralCategory, string> };

/** One feature's Arabic messages, shaped like its English twin (all six forms where English counts). */
export type ArabicPart<Source> = { readonly [K in keyof Source]: Source[K] extends string ? string : Record<PluralCategory, string> };
