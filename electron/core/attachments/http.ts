import type { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { isAttachmentId } from './format';
import type { AttachmentReader } from './reader';
import { isInlineType } from './metadata';

/** Where the page finds an attachment's bytes: app://fieldnotes/attachment/<id>. */
export const ATTACHMENT_PATH = '/attachment/';

export interface AttachmentAnswer {
  status: number;
  headers: Record<string, string>;
  /** Decrypted as it is read, a megabyte at a time; closing it (or its end) closes the reader. */
  body: Readable | null;
}

export type OpenForServing = (id: string) => Promise<{ mediaType: string; reader: AttachmentReader }>;

/** The id in an attachment URL's path, or null for any other path. */
export function attachmentIdFromPath(pathname: string): string | null {
  if (!pathname.startsWith(ATTACHMENT_PATH)) return null;
  const id = pathname.slice(ATTACHMENT_PATH.length);
  return isAttachmentId(id) ? id : null;
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range (what media elements ask for), or null when absent or unusable. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header === null ? null : /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  let start: number;
  let end: number;
  if (from === '') {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (!Number.isSafeInteger(start) || start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

/**
 * The answer to a GET or HEAD for an attachment: decrypted bytes streamed with Range support
 * (a player seeks by asking for a range; only the chunks it touches are decrypted), never
 * cached, and only for the types the page shows inline: anything else is saved as a copy.
 */
export async function answerAttachmentRequest(open: OpenForServing, id: string, method: string, range: string | null): Promise<AttachmentAnswer> {
  const base = { 'Cache-Control': 'no-store', 'Accept-Ranges': 'bytes' };
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: base, body: null };
  let opened;
  try {
    opened = await open(id);
  } catch {
    // Locked, removed, missing or altered: the page shows that it could not be opened.
    return { status: 404, headers: base, body: null };
  }
  const { mediaType, reader } = opened;
  if (!isInlineType(mediaType)) {
    await reader.close();
    return { status: 415, headers: base, body: null };
  }
  const size = reader.bytes;
  const wanted = parseRange(range, size);
  if (wanted === 'unsatisfiable') {
    await reader.close();
    return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` }, body: null };
  }
  const { start, end } = wanted ?? { start: 0, end: size - 1 };
  const headers: Record<string, string> = { ...base, 'Content-Type': mediaType, 'Content-Length': String(Math.max(0, end - start + 1)) };
  if (wanted) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  if (method === 'HEAD' || size === 0) {
    await reader.close();
    return { status: wanted ? 206 : 200, headers, body: null };
  }
  const body = reader.stream({ start, end: end + 1 });
  const close = () => void reader.close();
  body.once('close', close);
  return { status: wanted ? 206 : 200, headers, body };
}

interface ServingVault {
  requireNotebook(): { attachments: { open(id: string): Promise<{ attachment: { mediaType: string }; reader: AttachmentReader }> } };
  requireBundleStores(): { imports: { openAttachment(id: string): Promise<{ attachment: { mediaType: string }; reader: AttachmentReader }> } };
}

/**
 * Opens an attachment of the unlocked notebook for serving, or one an imported bundle carried
 * (by the id headquarters stored it under; served only, never removed or changed); throws while locked.
 */
export async function openForServing(vault: ServingVault, id: string) {
  const notebook = vault.requireNotebook();
  const { attachment, reader } = await notebook.attachments.open(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return vault.requireBundleStores().imports.openAttachment(id);
    throw error;
  });
  return { mediaType: attachment.mediaType, reader };
}
