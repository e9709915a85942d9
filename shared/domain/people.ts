import { z } from 'zod';
import { AT_RISK_GROUPS, PERSON_KINDS, RISK_LEVELS } from './people-vocabulary';
import { LIMITS, entryIdSchema } from './kinds/common';
import { boundedText } from './text';

export { AT_RISK_GROUPS, PERSON_KINDS, RISK_LEVELS, type AtRiskGroup, type PersonKind, type RiskLevel } from './people-vocabulary';

export const PEOPLE_LIMITS = { pseudonym: 120, realName: 300, contacts: 5_000, focusArea: 60, focusAreas: 20, page: 500 } as const;

export const personIdSchema = entryIdSchema;

const oneLine = (max: number) => boundedText(max, { required: true }).refine((s) => !/[\n\r]/.test(s), { message: 'must be on one line' });

/**
 * What People shows about a person or organisation. The real name and contacts are not here:
 * they live in their own table and schema (personIdentitySchema) and only person:reveal reads them.
 */
export const personInputSchema = z.strictObject({
  kind: z.enum(PERSON_KINDS).default('person'),
  /** What every list, title, search result, window title and export shows. Unique in the vault. */
  pseudonym: oneLine(PEOPLE_LIMITS.pseudonym),
  riskLevel: z.enum(RISK_LEVELS).default('unknown'),
  focusAreas: z
    .array(oneLine(PEOPLE_LIMITS.focusArea))
    .max(PEOPLE_LIMITS.focusAreas)
    .refine((values) => new Set(values).size === values.length, { message: 'lists the same value twice' })
    .default([]),
  atRiskGroups: z
    .array(z.enum(AT_RISK_GROUPS))
    .max(AT_RISK_GROUPS.length)
    .refine((values) => new Set(values).size === values.length, { message: 'lists the same group twice' })
    .default([]),
  /** The organisation this person belongs to (a People record of kind organisation). */
  organisationId: personIdSchema.nullable().default(null),
  notes: boundedText(LIMITS.paragraph).default(''),
});
export type PersonInputData = z.input<typeof personInputSchema>;
export type PersonInput = z.output<typeof personInputSchema>;

export const personSchema = personInputSchema.extend({
  id: personIdSchema,
  revision: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.output<typeof personSchema>;

/** Kept apart from the pseudonym: read only by person:reveal, never listed, indexed or logged. */
export const personIdentitySchema = z.strictObject({
  realName: boundedText(PEOPLE_LIMITS.realName).default(''),
  contacts: boundedText(PEOPLE_LIMITS.contacts).default(''),
});
export type PersonIdentity = z.output<typeof personIdentitySchema>;

/**
 * A change to the identity: each part given replaces the stored one ('' clears it), each part
 * left out stays as stored, so clearing the real name never touches the contacts.
 */
export const personIdentityChangeSchema = z.strictObject({
  realName: boundedText(PEOPLE_LIMITS.realName).optional(),
  contacts: boundedText(PEOPLE_LIMITS.contacts).optional(),
});
export type PersonIdentityChange = z.output<typeof personIdentityChangeSchema>;

export const personSummarySchema = z.strictObject({
  id: personIdSchema,
  kind: z.enum(PERSON_KINDS),
  pseudonym: z.string(),
  riskLevel: z.enum(RISK_LEVELS),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const personListQuerySchema = z.strictObject({
  /** Part of a pseudonym, case and accents ignored. */
  query: z.string().max(PEOPLE_LIMITS.pseudonym).default(''),
  kind: z.enum(PERSON_KINDS).optional(),
  limit: z.number().int().min(1).max(PEOPLE_LIMITS.page).default(100),
  offset: z.number().int().min(0).default(0),
});
export type PersonListQuery = z.output<typeof personListQuerySchema>;

export const personListPageSchema = z.strictObject({ people: z.array(personSummarySchema), total: z.number().int().nonnegative() });
export type PersonListPage = z.infer<typeof personListPageSchema>;
