import { z } from 'zod';

export const attachmentIdSchema = z.uuid();

/** What a file carried when it was added: flags only, never the values (no coordinates, no serials). */
export const METADATA_FLAGS = ['location', 'device', 'takenAt'] as const;
export type MetadataFlag = (typeof METADATA_FLAGS)[number];
export const attachmentMetadataSchema = z.strictObject({
  location: z.boolean(),
  device: z.boolean(),
  takenAt: z.boolean(),
});
export type AttachmentMetadata = z.infer<typeof attachmentMetadataSchema>;
export const NO_METADATA: AttachmentMetadata = { location: false, device: false, takenAt: false };

export function carriedFlags(metadata: AttachmentMetadata): MetadataFlag[] {
  return METADATA_FLAGS.filter((flag) => metadata[flag]);
}

export const attachmentSchema = z.strictObject({
  id: attachmentIdSchema,
  entryId: z.uuid(),
  /** The name the file had; shown in the app, never written to a log or a file name. */
  name: z.string().max(255),
  mediaType: z.string().max(100),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  metadata: attachmentMetadataSchema,
  /** Location and device identifiers were removed from the stored copy. */
  stripped: z.boolean(),
  /** Set once removed: the row stays so the entry's history says what it carried. */
  removedAt: z.string().nullable(),
});
export type Attachment = z.infer<typeof attachmentSchema>;
/** What the viewer needs to show a file: a notebook's own attachment or one an imported bundle carried. */
export type ViewedAttachment = Pick<Attachment, 'id' | 'name' | 'mediaType' | 'bytes'>;

/** What the vault check finds between the database and the attachments folder. */
export interface AttachmentOrphans {
  /** Files in attachments/ that no row names (a crash between the write and its row). */
  filesWithoutRow: string[];
  /** Rows of live attachments whose file is missing. */
  rowsWithoutFile: string[];
}
