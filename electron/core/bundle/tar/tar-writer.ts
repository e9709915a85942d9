import { AppError } from '../../../../shared/errors';
import { checkEntryName, collisionKey } from './entry-name';
import { BLOCK, checksumOf, field, FIELD, MAX_OCTAL_SIZE, POSIX_MAGIC, writeOctal } from './ustar';

/**
 * A streaming ustar writer for regular files only. Headers are deterministic: mode 0644,
 * owner 0:0 with no user or group names, the caller's mtime (the bundle's created-at), so the
 * same files make the same archive byte for byte, and nothing about the officer's machine
 * (user name, umask, clock of each file) leaves in it.
 */
export interface TarFile {
  readonly name: string;
  readonly size: number;
  /** Seconds since the epoch. */
  readonly mtime: number;
  readonly content: Uint8Array | AsyncIterable<Uint8Array>;
}

const ZEROS = Buffer.alloc(BLOCK * 2);

/** Splits a name over ustar's prefix (155 bytes) and name (100 bytes) fields at a slash. */
function splitName(name: string): { prefix: string; base: string } {
  if (Buffer.byteLength(name) <= FIELD.name[1]) return { prefix: '', base: name };
  for (let at = name.indexOf('/'); at > 0; at = name.indexOf('/', at + 1)) {
    const prefix = name.slice(0, at);
    const base = name.slice(at + 1);
    if (Buffer.byteLength(prefix) <= FIELD.prefix[1] && Buffer.byteLength(base) <= FIELD.name[1] && base !== '') return { prefix, base };
  }
  throw new AppError('INVALID_INPUT', `Archive entry name does not fit a ustar header: ${JSON.stringify(name.slice(0, 120))}.`);
}

export function ustarHeader(file: Pick<TarFile, 'name' | 'size' | 'mtime'>): Buffer {
  const name = checkEntryName(file.name, 'file');
  if (name !== file.name) throw new AppError('INVALID_INPUT', `Archive entry name is not in its plain form: ${JSON.stringify(file.name)}.`);
  if (!Number.isSafeInteger(file.size) || file.size < 0 || file.size > MAX_OCTAL_SIZE) {
    throw new AppError('INVALID_INPUT', `Archive entry ${name} is larger than ustar allows (8 GiB).`);
  }
  const block = Buffer.alloc(BLOCK);
  const { prefix, base } = splitName(name);
  field(block, 'name').write(base, 'utf8');
  field(block, 'prefix').write(prefix, 'utf8');
  writeOctal(block, 'mode', 0o644);
  writeOctal(block, 'uid', 0);
  writeOctal(block, 'gid', 0);
  writeOctal(block, 'size', file.size);
  writeOctal(block, 'mtime', Math.max(0, Math.floor(file.mtime)));
  writeOctal(block, 'devmajor', 0);
  writeOctal(block, 'devminor', 0);
  field(block, 'typeflag').write('0', 'latin1');
  block.write(POSIX_MAGIC, FIELD.magic[0], POSIX_MAGIC.length, 'latin1');
  // The checksum is six octal digits, a NUL and a space, as every tar writes it.
  block.write(`${checksumOf(block).toString(8).padStart(6, '0')}\0 `, FIELD.checksum[0], FIELD.checksum[1], 'latin1');
  return block;
}

async function* contentOf(file: TarFile): AsyncGenerator<Uint8Array> {
  if (file.content instanceof Uint8Array) {
    yield file.content;
    return;
  }
  yield* file.content;
}

export interface TarPiece {
  readonly bytes: Buffer;
  /** The index (in archive order) of the file these bytes are the content of; null for headers, padding and the end. */
  readonly contentOf: number | null;
}

/** The archive in order, each piece saying whose content it is, so a writer can hash each file on the way. */
export async function* tarPieces(files: Iterable<TarFile> | AsyncIterable<TarFile>): AsyncGenerator<TarPiece> {
  const seen = new Set<string>();
  let index = 0;
  for await (const file of files) {
    const header = ustarHeader(file);
    if (seen.has(collisionKey(file.name))) throw new AppError('INVALID_INPUT', `Archive entry ${file.name} is written twice.`);
    seen.add(collisionKey(file.name));
    yield { bytes: header, contentOf: null };
    let written = 0;
    for await (const piece of contentOf(file)) {
      written += piece.length;
      if (written > file.size) break;
      yield { bytes: Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength), contentOf: index };
    }
    if (written !== file.size) {
      throw new AppError('INVALID_INPUT', `Archive entry ${file.name} gave ${written > file.size ? 'more' : 'fewer'} bytes than its declared ${file.size} (changed while exporting?).`);
    }
    const padding = (BLOCK - (file.size % BLOCK)) % BLOCK;
    if (padding > 0) yield { bytes: ZEROS.subarray(0, padding), contentOf: null };
    index += 1;
  }
  yield { bytes: ZEROS, contentOf: null };
}

/** The archive's bytes alone (a plain .tar, as the tests and the bench write it). */
export async function* tarStream(files: Iterable<TarFile> | AsyncIterable<TarFile>): AsyncGenerator<Buffer> {
  for await (const piece of tarPieces(files)) yield piece.bytes;
}
