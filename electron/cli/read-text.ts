import { open } from 'node:fs/promises';
import { CliError, UsageError } from './errors';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
};

/** Why a file could not be read, in words, without the errno stack. */
function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && FS_REASONS[code]) ?? code ?? 'unreadable';
}

async function readCapped(chunks: AsyncIterable<Buffer | string>, maxBytes: number, label: string, maxChars: number): Promise<Buffer> {
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
 * Reads a text argument from a file (or stdin for `-`), at most `maxChars` UTF-16 units.
 * UTF-8 needs at most 3 bytes per UTF-16 unit, so anything past 3 × maxChars bytes (+ a BOM)
 * is too long whatever it holds. Invalid UTF-8 is refused rather than silently turned into
 * U+FFFD: a note is evidence and must be stored as written.
 */
export async function readTextArgument(path: string, maxChars: number, label: string): Promise<string> {
  const maxBytes = maxChars * 3 + 3;
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readCapped(process.stdin, maxBytes, label, maxChars);
  } else {
    let handle;
    try {
      handle = await open(path, 'r');
      bytes = await readCapped(handle.createReadStream({ highWaterMark: 1 << 16, autoClose: false }), maxBytes, label, maxChars);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`cannot read ${label} ${path}: ${describeFsError(error)}.`);
    } finally {
      await handle?.close();
    }
  }
  try {
    // TextDecoder drops a leading BOM by default, which is what an editor's "UTF-8 with BOM" wants.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${label}: ${path === '-' ? 'standard input' : path} is not UTF-8 text.`, '');
  }
}
