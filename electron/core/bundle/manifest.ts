import { z } from 'zod';
import { METADATA_FLAGS, type MetadataFlag } from '../../../shared/domain/attachments';
import { malformed } from './errors';

/**
 * `manifest.json`, the first file of every bundle (docs/bundle-format.md §5). It declares every
 * other file with its size, so a reader sets its limits from it before reading any content;
 * SHA256SUMS (signed) covers it like every other file.
 */
export const MANIFEST_FILE = 'manifest.json';
export const BUNDLE_FORMAT = 'fieldnotes-bundle';
export const BUNDLE_VERSION = 1;
/** A manifest of a bundle with many thousands of entries stays far below this. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** The highest sequence number (2^31 - 1): a 32-bit integer in any reader, and more bundles than any officer will sign. */
export const MAX_SEQUENCE = 2 ** 31 - 1;

const attachmentMetadataRecordSchema = z.strictObject({
  file: z.string().max(255),
  carried: z.array(z.enum(METADATA_FLAGS)).min(1).max(METADATA_FLAGS.length),
  /** removed: the file left without them (the default); kept: the officer chose to send them. */
  outcome: z.enum(['removed', 'kept']),
});
export type AttachmentMetadataRecord = z.infer<typeof attachmentMetadataRecordSchema>;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const count = z.number().int().nonnegative();

export const manifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  bundleId: uuid,
  /** Per officer key, from 1, one more for each bundle that key signs. */
  sequence: z.number().int().positive().max(MAX_SEQUENCE),
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
  officer: z.strictObject({ keyId: z.string().regex(/^[0-9A-F]{16}$/), fingerprint: z.string().max(32) }),
  /**
   * Every age recipient the bundle was encrypted to: a reader refuses a header whose number of
   * stanzas differs, or whose file key was unwrapped by an identity not listed here.
   */
  recipients: z.array(z.strictObject({ name: z.string().max(200), recipient: z.string().regex(/^age1[0-9a-z]{58}$/), fingerprint: z.string().max(32) })).min(1).max(20),
  filter: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])),
  counts: z.strictObject({ entries: count, revisions: count, people: count, attachments: count }),
  /** One line per person carried under a pseudonym: ids and the reason, never a name. */
  redactions: z.array(z.strictObject({ personId: z.string().max(64), pseudonym: z.string().max(200), reason: z.string().max(64) })),
  /**
   * One line per attachment that carried location, device or time metadata in the vault. Optional:
   * bundles written before it existed lack it (their photos all left cleaned).
   */
  attachmentMetadata: z.array(attachmentMetadataRecordSchema).optional(),
  files: z.array(z.strictObject({ name: z.string().max(255), size: z.number().int().nonnegative() })),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** How many files left with their metadata on purpose, and what they carry between them. */
export function metadataKept(manifest: Manifest): { files: number; carried: MetadataFlag[] } {
  const kept = (manifest.attachmentMetadata ?? []).filter((record) => record.outcome === 'kept');
  const carried = new Set(kept.flatMap((record) => record.carried));
  return { files: kept.length, carried: METADATA_FLAGS.filter((flag) => carried.has(flag)) };
}

export function parseManifest(bytes: Buffer): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw malformed(`${MANIFEST_FILE} is not JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw malformed(`${MANIFEST_FILE} does not follow format version ${BUNDLE_VERSION} (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
  const declared = new Set(parsed.data.files.map((f) => f.name));
  const stray = parsed.data.attachmentMetadata?.find((record) => !declared.has(record.file));
  if (stray) throw malformed(`${MANIFEST_FILE} describes the metadata of ${stray.file}, which it does not declare`);
  return parsed.data;
}
