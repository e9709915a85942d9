import { z } from 'zod';
import { CONSENT_METHODS, CONSENT_SCOPES } from '../consent-vocabulary';
import { boundedText } from '../text';
import { LIMITS, commonInputShape, entryIdSchema, isoDate, isoInstant, storedShape } from './common';

/** A withdrawal takes effect the moment it is stored and is never edited away (electron/core/kinds/consent.ts). */
export const consentWithdrawalSchema = z.strictObject({
  at: isoInstant,
  /** How the defender withdrew (by phone, through the intermediary…); free text, redactable. */
  how: boundedText(LIMITS.field).default(''),
});
export type ConsentWithdrawal = z.output<typeof consentWithdrawalSchema>;

/**
 * A consent record: who (a person in People, by id, so only the pseudonym is ever shown),
 * to what (scopes), how, when, until when, witnessed by whom; the body holds the notes.
 * personId is required: a consent of nobody is no record, so `{"kind":"consent","title":…}`
 * alone is refused, naming personId.
 */
export const consentInputSchema = z.strictObject({
  kind: z.literal('consent'),
  ...commonInputShape,
  personId: entryIdSchema,
  scopes: z
    .array(z.enum(CONSENT_SCOPES))
    .max(CONSENT_SCOPES.length)
    .refine((values) => new Set(values).size === values.length, { message: 'lists the same scope twice' })
    .default([]),
  method: z.enum(CONSENT_METHODS).default('verbal'),
  givenOn: isoDate.nullable().default(null),
  /** The day to ask again; shown in Upcoming from a fortnight before. */
  reviewOn: isoDate.nullable().default(null),
  /** The last day the consent covers. */
  expiresOn: isoDate.nullable().default(null),
  witness: boundedText(LIMITS.field).default(''),
  language: boundedText(LIMITS.field).default(''),
  withdrawal: consentWithdrawalSchema.nullable().default(null),
});
export type ConsentInput = z.output<typeof consentInputSchema>;

export const consentSchema = consentInputSchema.extend(storedShape);
export type Consent = z.output<typeof consentSchema>;
