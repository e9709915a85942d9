import { z } from 'zod';
import { METADATA_FLAGS } from './attachments';
import { entryListQuerySchema, entrySchema, entrySummarySchema } from './entries';
import { entryIdSchema, isoInstant } from './kinds/common';

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

/** The most entries an explicit selection may name (the Export screen says so before the preview). */
export const EXPORT_IDS_MAX = 5000;

export const exportFilterSchema = z.strictObject({
  kind: entryListQuerySchema.shape.kind,
  facets: entryListQuerySchema.shape.facets,
  since: isoInstant.optional(),
  until: isoInstant.optional(),
  /** An explicit selection among the entries the other filters match: only these leave. */
  ids: z.array(entryIdSchema).min(1).max(EXPORT_IDS_MAX).optional(),
  revisions: z.boolean().default(false),
});

export const exportPlanSchema = z.strictObject({
  entries: z.number().int().nonnegative(),
  revisions: z.number().int().nonnegative(),
  attachments: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  /** realName only for the people who will be named, and only in the officer's own preview. */
  people: z.array(z.strictObject({ personId: z.string(), pseudonym: z.string(), named: z.boolean(), realName: z.string().optional(), reason: z.string().optional() })),
  /** Attachments whose vault copy says where, with what or when: each leaves cleaned unless its id is in the export's keepMetadata. */
  withMetadata: z.array(
    z.strictObject({
      attachmentId: z.uuid(),
      entryId: z.uuid(),
      name: z.string().max(255),
      location: z.boolean(),
      device: z.boolean(),
      takenAt: z.boolean(),
      /** False: its type or size cannot be cleaned, so the export is refused unless it is kept. */
      removable: z.boolean(),
    }),
  ),
  metadataKept: z.number().int().nonnegative(),
});

/** Attachments of the selection that leave with their location, device and time metadata, on purpose (default: none). */
export const keepMetadataSchema = z.array(z.uuid()).max(5000).default([]);

export const exportResultSchema = z.strictObject({
  bundleId: z.uuid(),
  sequence: z.number().int().positive(),
  /** The written file's base name, never its folder: the page is not told where things are. */
  fileName: z.string().min(1).max(255),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  entries: z.number().int().nonnegative(),
  attachments: z.number().int().nonnegative(),
  redactions: z.number().int().nonnegative(),
  /** Files that left with their location, device or time metadata, as the officer chose. */
  metadataKept: z.number().int().nonnegative(),
});

const keyRefSchema = z.strictObject({
  keyId: z.string().regex(/^[0-9A-F]{16}$/),
  fingerprint: z.string().max(32),
});
const sequenceSchema = z.number().int().positive();
const countSchema = z.number().int().nonnegative();

/**
 * What headquarters picks in main's open dialog: the bundle, the age identity file, or the
 * trusted officers' minisign public keys (several). The page gets a token per file and its
 * name, never a path; a token stays valid until the vault locks.
 */
export const BUNDLE_PICK_PURPOSES = ['bundle', 'identity', 'signers'] as const;
export type BundlePickPurpose = (typeof BUNDLE_PICK_PURPOSES)[number];
export const pickedBundleFileSchema = z.strictObject({ token: z.uuid(), name: z.string().max(255) });

/** The files a verify or an import works on, as tokens from 'bundle:pick'. */
export const bundleFilesSchema = z.strictObject({
  bundle: z.uuid(),
  identity: z.uuid(),
  /** Every officer key headquarters trusts; the one that signed the bundle is chosen by its key id. */
  signers: z.array(z.uuid()).min(1).max(100),
});
export type BundleFiles = z.infer<typeof bundleFilesSchema>;

/** A verified bundle's manifest, as headquarters reviews it before importing. */
export const bundleSummarySchema = z.strictObject({
  bundleId: z.uuid(),
  sequence: sequenceSchema,
  createdAt: z.string().max(40),
  officer: keyRefSchema,
  counts: z.strictObject({ entries: countSchema, revisions: countSchema, people: countSchema, attachments: countSchema }),
  /** Who the officer encrypted it to (signed: a copy re-encrypted to anyone else is refused). */
  recipients: z.array(z.strictObject({ name: z.string().max(200), fingerprint: z.string().max(32) })),
  /** People carried by pseudonym only, with the reason (consent-…): never a name. */
  redactions: z.array(z.strictObject({ personId: z.string().max(64), pseudonym: z.string().max(200), reason: z.string().max(64) })),
  /** Files the officer sent with their location, device or time details on purpose, and which of those they carry. */
  metadataKept: z.strictObject({ files: countSchema, carried: z.array(z.enum(METADATA_FLAGS)).max(METADATA_FLAGS.length) }),
});
export type BundleSummary = z.infer<typeof bundleSummarySchema>;

/** How an import ended: `imported` false when this bundle was imported before (nothing changed). */
export const importOutcomeSchema = z.strictObject({
  bundleId: z.uuid(),
  officer: keyRefSchema,
  sequence: sequenceSchema,
  imported: z.boolean(),
  entries: countSchema,
  /** This officer's sequence number had already arrived under another bundle id. */
  replayed: z.boolean(),
});
export type ImportOutcomeView = z.infer<typeof importOutcomeSchema>;

/** A bundle job's end, read once with its '…-result' channel: the result, or that it was cancelled. */
export function jobResultSchema<T extends z.ZodType>(result: T) {
  return z.discriminatedUnion('state', [z.strictObject({ state: z.literal('done'), result }), z.strictObject({ state: z.literal('cancelled') })]);
}

/** Per officer key: which sequence numbers arrived, which are missing below the highest (as ranges, from–to inclusive), which came twice. */
export const officerArrivalsSchema = z.strictObject({
  officer: keyRefSchema,
  arrived: z.array(sequenceSchema),
  missing: z.array(z.strictObject({ from: sequenceSchema, to: sequenceSchema })),
  replayed: z.array(sequenceSchema),
});

export const importedBundleSchema = z.strictObject({
  bundleId: z.uuid(),
  officer: keyRefSchema,
  sequence: sequenceSchema,
  createdAt: z.string().max(40),
  importedAt: z.string().max(40),
  entries: countSchema,
  /** Its sequence number arrived under another bundle id too. */
  replayed: z.boolean(),
});
export type ImportedBundle = z.infer<typeof importedBundleSchema>;

/** Where an imported entry came from: shown beside it, which is read-only. */
export const importedSourceSchema = z.strictObject({
  bundleId: z.uuid(),
  officer: keyRefSchema,
  sequence: sequenceSchema,
  importedAt: z.string().max(40),
});

/** An imported bundle's entries as its list shows them. */
export const importedEntrySummarySchema = entrySummarySchema.pick({ id: true, kind: true, title: true, occurredAt: true });

/** An attachment an imported entry carried: `id` is what the app protocol serves it by (read-only). */
export const importedAttachmentSchema = z.strictObject({
  id: z.uuid(),
  name: z.string().max(255),
  mediaType: z.string().max(100),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ImportedAttachment = z.infer<typeof importedAttachmentSchema>;

/**
 * A person an imported entry references, by pseudonym. `named`: the bundle carried the real name
 * (a consent allowed it); the name itself comes only through 'bundle:imported-name-reveal'.
 */
export const importedPersonSchema = z.strictObject({
  personId: z.string().max(100),
  pseudonym: z.string().max(200),
  named: z.boolean(),
});
export type ImportedPerson = z.infer<typeof importedPersonSchema>;

/** One imported entry, read-only, with the versions the officer sent, what it carried and where it came from. */
export const importedEntrySchema = z.strictObject({
  entry: entrySchema,
  revisions: z.array(entrySchema),
  attachments: z.array(importedAttachmentSchema),
  people: z.array(importedPersonSchema),
  source: importedSourceSchema,
});
