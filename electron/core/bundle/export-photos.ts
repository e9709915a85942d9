import { createHash } from 'node:crypto';
import { NO_METADATA, type Attachment } from '../../../shared/domain/attachments';
import { AppError } from '../../../shared/errors';
import { isStrippable, stripMetadata } from '../attachments/metadata';
import type { Notebook } from '../services/notebook';

/**
 * Photos leave a bundle without where, with what and when they were taken, even when the vault
 * keeps them whole (an officer may keep a photo's position for their own work; headquarters'
 * copy, a USB stick away from a checkpoint, must not carry it). The vault's copy is never
 * changed. A tar header comes before its file, so each photo is cleaned twice: once to learn the
 * cleaned size and hash, once as the archive streams; at most one photo (64 MiB at the most, the
 * stripper's limit) is held at a time, whatever the bundle's size.
 */
export function leavesCleaned(attachment: Attachment): boolean {
  const { location, device, takenAt } = attachment.metadata;
  return !attachment.stripped && isStrippable(attachment.mediaType, attachment.bytes) && (location || device || takenAt);
}

export interface CleanedPhoto {
  readonly bytes: number;
  readonly sha256: string;
}

export async function cleanedPhoto(notebook: Notebook, attachment: Attachment): Promise<Buffer> {
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
export async function cleanedPhotos(notebook: Notebook, attachments: readonly Attachment[]): Promise<Map<string, CleanedPhoto>> {
  const cleaned = new Map<string, CleanedPhoto>();
  for (const attachment of attachments.filter(leavesCleaned)) {
    const bytes = await cleanedPhoto(notebook, attachment);
    cleaned.set(attachment.id, { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  return cleaned;
}

/** The attachment as the bundle describes it: a cleaned photo with its own size and hash, and nothing left to flag. */
export function asBundled(attachment: Attachment, cleaned: CleanedPhoto | undefined): Attachment {
  return cleaned ? { ...attachment, bytes: cleaned.bytes, sha256: cleaned.sha256, stripped: true, metadata: NO_METADATA } : attachment;
}
