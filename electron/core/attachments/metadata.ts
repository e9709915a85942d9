import exifr from 'exifr';
import type { AttachmentMetadata } from '../../../shared/domain/attachments';
import { NO_METADATA } from '../../../shared/domain/attachments';

/** How much of a file's start is read to name its type and its metadata (EXIF sits at the start). */
export const HEAD_BYTES = 256 * 1024;
/** Stripping rewrites the photo in memory: only photos up to this size are offered it. */
export const STRIP_MAX_BYTES = 64 * 1024 * 1024;

const SIGNATURES: ReadonlyArray<[string, (head: Buffer) => boolean]> = [
  ['image/jpeg', (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff],
  ['image/png', (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/gif', (h) => h.subarray(0, 4).toString('latin1') === 'GIF8'],
  ['image/webp', (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP'],
  ['audio/wav', (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WAVE'],
  ['audio/ogg', (h) => h.subarray(0, 4).toString('latin1') === 'OggS'],
  ['audio/mpeg', (h) => h.subarray(0, 3).toString('latin1') === 'ID3' || (h[0] === 0xff && ((h[1] ?? 0) & 0xe0) === 0xe0)],
  ['video/webm', (h) => h.readUInt32BE(0) === 0x1a45dfa3],
  ['video/mp4', (h) => h.subarray(4, 8).toString('latin1') === 'ftyp'],
  ['application/pdf', (h) => h.subarray(0, 5).toString('latin1') === '%PDF-'],
];

/**
 * The media type from the file's own first bytes, never from its name: a name can say .jpg
 * over anything. Unknown content is application/octet-stream (shown as icon, name and size).
 */
export function sniffMediaType(head: Buffer): string {
  if (head.length < 12) return 'application/octet-stream';
  return SIGNATURES.find(([, matches]) => matches(head))?.[0] ?? 'application/octet-stream';
}

/** Types the page may show inline through app:// (img, audio, video, the PDF viewer); anything else is only saved as a copy. */
export function isInlineType(mediaType: string): boolean {
  return /^(image\/(jpeg|png|gif|webp)|audio\/(wav|ogg|mpeg)|video\/(webm|mp4)|application\/pdf)$/.test(mediaType);
}

export function isStrippable(mediaType: string, bytes: number): boolean {
  return (mediaType === 'image/jpeg' || mediaType === 'image/png') && bytes <= STRIP_MAX_BYTES;
}

const DEVICE_TAGS = ['Make', 'Model', 'BodySerialNumber', 'SerialNumber', 'LensSerialNumber', 'CameraSerialNumber', 'ImageUniqueID', 'OwnerName', 'CameraOwnerName', 'Software'];
const TIME_TAGS = ['DateTimeOriginal', 'CreateDate', 'DateTime', 'ModifyDate'];

/** What a photo's metadata says about where, with what and when: flags only, read with exifr. */
export async function inspectMetadata(head: Buffer, mediaType: string): Promise<AttachmentMetadata> {
  if (!mediaType.startsWith('image/')) return NO_METADATA;
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(head, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, mergeOutput: true })) as Record<string, unknown> | undefined;
  } catch {
    // Malformed metadata is not a reason to refuse a photo; it is treated as carrying none.
    return NO_METADATA;
  }
  if (!tags) return NO_METADATA;
  const has = (keys: string[]) => keys.some((key) => tags[key] !== undefined && tags[key] !== null && tags[key] !== '');
  return {
    location: has(['latitude', 'longitude', 'GPSLatitude', 'GPSLongitude', 'GPSPosition']),
    device: has(DEVICE_TAGS),
    takenAt: has(TIME_TAGS),
  };
}

/**
 * A JPEG without APP1 (Exif, XMP), APP13 (IPTC/Photoshop) and comment segments: everything
 * after the header segments (the entropy-coded image) is kept byte for byte.
 */
function stripJpeg(file: Buffer): Buffer {
  const kept: Buffer[] = [file.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= file.length) {
    if (file[at] !== 0xff) throw new Error('not a JPEG segment');
    const marker = file[at + 1] as number;
    if (marker === 0xda) break; // start of scan: the image data and the rest are kept whole
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = file.readUInt16BE(at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > file.length) throw new Error('a JPEG segment runs past the end');
    const dropped = marker === 0xe1 || marker === 0xed || marker === 0xfe;
    if (!dropped) kept.push(file.subarray(at, end));
    at = end;
  }
  kept.push(file.subarray(at));
  return Buffer.concat(kept);
}

const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

/** A PNG without its EXIF, text (XMP lives in iTXt) and time chunks. */
function stripPng(file: Buffer): Buffer {
  const kept: Buffer[] = [file.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= file.length) {
    const length = file.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > file.length) throw new Error('a PNG chunk runs past the end');
    if (!PNG_DROPPED.has(file.subarray(at + 4, at + 8).toString('latin1'))) kept.push(file.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

/** The photo without location, device and time metadata, or null when it could not be parsed (then it is not stored). */
export function stripMetadata(file: Buffer, mediaType: string): Buffer | null {
  try {
    if (mediaType === 'image/jpeg') return stripJpeg(file);
    if (mediaType === 'image/png') return stripPng(file);
  } catch {
    return null;
  }
  return null;
}
