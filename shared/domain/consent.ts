import { z } from 'zod';
import { CONSENT_GAPS, CONSENT_METHODS, CONSENT_SCOPES, CONSENT_STATES } from './consent-vocabulary';
import { LIMITS, entryIdSchema, isoDate, isoInstant } from './kinds/common';
import { boundedText } from './text';

export * from './consent-vocabulary';

/** One consent as the ledger shows it: its state worked out for today with the notebook's clock. */
export const consentLedgerRowSchema = z.strictObject({
  id: entryIdSchema,
  revision: z.number().int().positive(),
  personId: entryIdSchema,
  /** The person's pseudonym, never the real name ('' when the person record is missing). */
  pseudonym: z.string(),
  title: z.string(),
  scopes: z.array(z.enum(CONSENT_SCOPES)),
  method: z.enum(CONSENT_METHODS),
  state: z.enum(CONSENT_STATES),
  givenOn: isoDate.nullable(),
  reviewOn: isoDate.nullable(),
  expiresOn: isoDate.nullable(),
  withdrawnAt: isoInstant.nullable(),
});
export type ConsentLedgerRow = z.infer<typeof consentLedgerRowSchema>;

export const consentLedgerQuerySchema = z.strictObject({ personId: entryIdSchema.optional() });
export type ConsentLedgerQuery = z.output<typeof consentLedgerQuerySchema>;

/** The gate's answer (electron/core/services/consent-gate.ts). */
export const consentCoverageSchema = z.discriminatedUnion('covered', [
  z.strictObject({ covered: z.literal(true), consentId: entryIdSchema }),
  z.strictObject({ covered: z.literal(false), missingScope: z.enum(CONSENT_SCOPES), reason: z.enum(CONSENT_GAPS) }),
]);
export type ConsentCoverage = z.infer<typeof consentCoverageSchema>;

export const consentCheckInputSchema = z.strictObject({
  personId: entryIdSchema,
  scope: z.enum(CONSENT_SCOPES),
  /** When the action happens; now (the notebook's clock) when left out. */
  at: isoInstant.optional(),
});

export const consentWithdrawInputSchema = z.strictObject({
  id: entryIdSchema,
  how: boundedText(LIMITS.field).default(''),
});
