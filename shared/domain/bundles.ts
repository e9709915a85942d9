import { z } from 'zod';
import { entryListQuerySchema } from './entries';
import { isoInstant } from './kinds/common';

/** The officer's signing identity as shown and exported: never the secret half. */
export const officerIdentitySchema = z.strictObject({
  keyId: z.string().regex(/^[0-9A-F]{16}$/),
  /** Five groups of four hex digits, read aloud to headquarters. */
  fingerprint: z.string().max(32),
  /** minisign's public key file, two lines. */
  publicKeyFile: z.string().max(300),
});
export type OfficerIdentity = z.infer<typeof officerIdentitySchema>;

export const recipientNameSchema = z.string().trim().min(1).max(64);

export const bundleRecipientSchema = z.strictObject({
  name: recipientNameSchema,
  recipient: z.string().max(100),
  fingerprint: z.string().max(32),
  verified: z.boolean(),
});
export type BundleRecipientView = z.infer<typeof bundleRecipientSchema>;

export const exportFilterSchema = z.strictObject({
  kind: entryListQuerySchema.shape.kind,
  facets: entryListQuerySchema.shape.facets,
  since: isoInstant.optional(),
  until: isoInstant.optional(),
  revisions: z.boolean().default(false),
});

export const exportPlanSchema = z.strictObject({
  entries: z.number().int().nonnegative(),
  revisions: z.number().int().nonnegative(),
  attachments: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** realName only for the people who will be named, and only in the officer's own preview. */
  people: z.array(z.strictObject({ personId: z.string(), pseudonym: z.string(), named: z.boolean(), realName: z.string().optional(), reason: z.string().optional() })),
});

export const exportResultSchema = z.strictObject({
  bundleId: z.uuid(),
  sequence: z.number().int().positive(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  entries: z.number().int().nonnegative(),
  attachments: z.number().int().nonnegative(),
  redactions: z.number().int().nonnegative(),
});
