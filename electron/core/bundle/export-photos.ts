import { createHash } from 'node:crypto';
import { carriedFlags, NO_METADATA, type Attachment } from '../../../shared/domain/attachments';
import { AppError } from '../../../shared/errors';
import { isStrippable, stripMetadata } from '../attachments/metadata';
import type { Notebook } from '../services/notebook';
import type { AttachmentMetadataRecord } from './manifest';

/**
 * Photos leave a bundle without where, with what and when they were taken, even when the vault
 * keeps them whole (an officer may keep a photo's position for their own work; headquarters'
 * copy, a USB stick away from a checkpoint, must not carry it), unless the officer keeps a file's
 * metadata on purpose for this export. The vault's copy is never changed. A tar header comes
 * before its file, so each photo is cleaned twice: once to learn the cleaned size and hash, once
 * as the archive streams; at most one photo (64 MiB at the most, the stripper's limit) is held at
 * a time, whatever the bundle's size.
 */

/** The vault's copy still says where, with what or when it was taken. */
export function carriesMetadata(attachment: Attachment): boolean {
  const { location, device, takenAt } = attachment.metadata;
  return !attachment.stripped && (location || device || takenAt);
}

/**
 * Refuses a keep for a file the export does not carry before anything is written: a stale or
 * mistyped id must not pass silently (the officer would believe a file leaves as they chose).
 */
export function keptMetadata(attachments: readonly Attachment[], keep: readonly string[]): ReadonlySet<string> {
  const carried = new Set(attachments.map((a) => a.id));
  const stray = keep.filter((id) => !carried.has(id));
  if (stray.length > 0) {
    throw new AppError('INVALID_INPUT', `Only a file this export carries can keep its location and device details; not among them: ${stray.join(', ')}. Nothing was written.`);
  }
  return new Set(keep);
}

function leavesCleaned(attachment: Attachment, kept: ReadonlySet<string>): boolean {
  return carriesMetadata(attachment) && !kept.has(attachment.id);
}

export interface CleanedPhoto {
  readonly bytes: number;
  readonly sha256: string;
}

export async function cleanedPhoto(notebook: Notebook, attachment: Attachment): Promise<Buffer> {
  // Left whole, it would carry what the officer did not choose to send: refused instead.
  if (!isStrippable(attachment.mediaType, attachment.bytes)) {
    throw new AppError('INVALID_INPUT', `A file carries location or device details that cannot be removed from its type or size (${attachment.name}): keep its details on purpose, or leave its entry out of this export.`);
  }
  const { reader } = await notebook.attachments.open(attachment.id);
  let whole: Buffer;
  try {
    whole = await reader.read(0, attachment.bytes);
  } finally {
    await reader.close();
  }
  const cleaned = stripMetadata(whole, attachment.mediaType);
  if (!cleaned) {
    throw new AppError('INVALID_INPUT', `A photo could not be cleaned of its location and device details (${attachment.name}): leave its entry out of this export, or remove the photo and add it again with those details removed.`);
  }
  return cleaned;
}

/** The cleaned size and hash of every photo that leaves cleaned, by attachment id. */
export async function cleanedPhotos(notebook: Notebook, attachments: readonly Attachment[], kept: ReadonlySet<string>): Promise<Map<string, CleanedPhoto>> {
  const cleaned = new Map<string, CleanedPhoto>();
  for (const attachment of attachments.filter((a) => leavesCleaned(a, kept))) {
    const bytes = await cleanedPhoto(notebook, attachment);
    cleaned.set(attachment.id, { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return cleaned;
}

/** The attachment as the bundle describes it: a cleaned photo with its own size and hash, and nothing left to flag. */
export function asBundled(attachment: Attachment, cleaned: CleanedPhoto | undefined): Attachment {
  return cleaned ? { ...attachment, bytes: cleaned.bytes, sha256: cleaned.sha256, stripped: true, metadata: NO_METADATA } : attachment;
}

/** The manifest's line for a file that carried metadata in the vault: what it carried and whether it left with it. */
export function metadataRecord(attachment: Attachment, kept: ReadonlySet<string>): AttachmentMetadataRecord {
  return { file: `attachments/${attachment.id}`, carried: carriedFlags(attachment.metadata), outcome: kept.has(attachment.id) ? 'kept' : 'removed' };
}
