import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { addAbortSignal, type Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';

/** What to attach: a file path (opened here) or a stream the caller opened. */
export type AttachmentSource = string | Readable;

/** Large reads keep the disk busy while the previous megabyte is being encrypted. */
const READ_AHEAD_BYTES = 1024 * 1024;

/**
 * A file's bytes through two buffers used in turn: the next megabyte is read while the last
 * one is encrypted, and nothing is allocated per read (a read stream allocates a fresh buffer
 * each time, garbage the collector meets late). Each piece is valid until the next is asked for.
 */
async function* readAhead(handle: FileHandle): AsyncGenerator<Buffer> {
  let filling = Buffer.allocUnsafe(READ_AHEAD_BYTES);
  let spare = Buffer.allocUnsafe(READ_AHEAD_BYTES);
  let position = 0;
  let next = handle.read(filling, 0, READ_AHEAD_BYTES, position);
  try {
    for (;;) {
      const { bytesRead } = await next;
      if (bytesRead === 0) return;
      const current = filling;
      [filling, spare] = [spare, current];
      position += bytesRead;
      next = handle.read(filling, 0, READ_AHEAD_BYTES, position);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    // Abandoned early (a cancel, a refusal): the read in flight must not reject unobserved.
    await next.catch(() => undefined);
    filling.fill(0);
    spare.fill(0);
  }
}

function unreadable(detail: string, cause?: unknown): AppError {
  return new AppError('SOURCE_UNREADABLE', `The file was not attached: ${detail}. Nothing was added.`, { cause });
}

export interface OpenedSource {
  pieces: AsyncIterable<Buffer | Uint8Array | string>;
  /** The size stated by the caller, or a path's size when it was opened. */
  expectedBytes: number | undefined;
  /** For a path: throws when the file was changed in place while it was read. */
  checkUnchanged(): Promise<void>;
  close(): Promise<void>;
}

async function openPath(path: string): Promise<FileHandle> {
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer that may never come.
    return await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw unreadable('the file does not exist (or no longer does)', error);
    if (code === 'EACCES' || code === 'EPERM') throw unreadable('this account may not read the file', error);
    throw unreadable('the file could not be opened', error);
  }
}

export async function openSource(source: AttachmentSource, statedBytes: number | undefined, signal?: AbortSignal): Promise<OpenedSource> {
  if (typeof source !== 'string') {
    if (signal) addAbortSignal(signal, source);
    return {
      pieces: source,
      expectedBytes: statedBytes,
      checkUnchanged: () => Promise.resolve(),
      close: () => Promise.resolve(void source.destroy()),
    };
  }
  const handle = await openPath(source);
  try {
    const before = await handle.stat();
    if (before.isDirectory()) throw unreadable('it is a folder, not a file');
    if (!before.isFile()) throw unreadable('it is not an ordinary file (a pipe, device or socket)');
    if (statedBytes !== undefined && statedBytes !== before.size) throw unreadable('its size changed since it was chosen');
    return {
      pieces: readAhead(handle),
      expectedBytes: before.size,
      async checkUnchanged() {
        const after = await handle.stat();
        if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw unreadable('it changed while it was being read');
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * The source's bytes, each read counted against the expected size so a file that keeps
 * growing is refused as soon as it passes it, not after it fills the disk.
 */
export async function* sourceBytes(opened: OpenedSource, signal?: AbortSignal): AsyncGenerator<Buffer> {
  let total = 0;
  try {
    for await (const piece of opened.pieces) {
      if (typeof piece === 'string') throw unreadable('the stream gave text, not bytes');
      total += piece.length;
      if (opened.expectedBytes !== undefined && total > opened.expectedBytes) throw unreadable('it grew while it was being read');
      yield Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.length);
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (error instanceof AppError) throw error;
    throw unreadable('reading it failed', error);
  }
  if (opened.expectedBytes !== undefined && total < opened.expectedBytes) throw unreadable('it shrank while it was being read');
  await opened.checkUnchanged();
}
