import { open } from 'node:fs/promises';
import { CliError, UsageError } from './errors';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  EBADF: 'not an open file descriptor',
  ELOOP: 'it is a symbolic link',
};

/** Why a file could not be read, in words, without the errno stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && FS_REASONS[code]) ?? code ?? 'unreadable';
}

/**
 * UTF-8 needs at most 3 bytes per UTF-16 unit, so anything past 3 × maxChars bytes (+ a BOM)
 * is too long whatever it holds.
 */
export async function readCapped(chunks: AsyncIterable<Buffer | string>, maxChars: number, label: string): Promise<Buffer> {
  const maxBytes = maxChars * 3 + 3;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    // Stop reading at the cap: a multi-gigabyte file (or /dev/zero) must not fill memory first.
    if (size > maxBytes) throw new UsageError(`${label}: longer than the ${maxChars.toLocaleString('en')}-character limit.`, '');
    parts.push(buffer);
  }
  return Buffer.concat(parts);
}

/**
 * Invalid UTF-8 is refused rather than silently turned into U+FFFD: a note is evidence and
 * must be stored as written. `where` names the source in the message (a path, standard input).
 */
export function decodeUtf8(bytes: Buffer, label: string, where: string): string {
  try {
    // TextDecoder drops a leading BOM by default, which is what an editor's "UTF-8 with BOM" wants.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${label}: ${where} is not UTF-8 text.`, '');
  }
}

/** A file's last line break is the editor's, not part of a passphrase or a query. */
export function withoutFinalNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** Reads a text argument from a file (or stdin for `-`), at most `maxChars` UTF-16 units. */
export async function readTextArgument(path: string, maxChars: number, label: string): Promise<string> {
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readCapped(process.stdin, maxChars, label);
  } else {
    let handle;
    try {
      handle = await open(path, 'r');
      bytes = await readCapped(handle.createReadStream({ highWaterMark: 1 << 16, autoClose: false }), maxChars, label);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read ${label} ${path}: ${describeFsError(error)}.`);
    } finally {
      await handle?.close();
    }
  }
  return decodeUtf8(bytes, label, path === '-' ? 'standard input' : path);
}
