import { archiveRefused } from '../errors';
import { ByteReader } from './byte-reader';
import { checkEntryName, collisionKey } from './entry-name';
import { MAX_PAX_BYTES, parsePax, utf8, type PaxOverrides } from './pax';
import { BLOCK, checksumOf, GNU_MAGIC, POSIX_MAGIC, readOctal, text } from './ustar';

/**
 * A streaming reader of untrusted tar archives that yields regular files (and directories,
 * which carry nothing) and refuses everything else: links, devices, FIFOs, unknown or vendor
 * extensions, unsafe or duplicate names, sizes past the caller's limits, bad checksums, a
 * missing end marker and anything but zeros after it. A refusal is an ARCHIVE_REFUSED naming
 * the entry and the reason. Each entry's content must be read (or is skipped) before the next.
 */
export interface ReadTarOptions {
  /** No entry may be larger than this. */
  readonly maxEntryBytes: number;
  /** The size a manifest declares for a name; an entry of another size is refused. */
  readonly declaredSize?: (name: string) => number | undefined;
  readonly maxEntries?: number;
}

export interface TarEntry {
  readonly name: string;
  readonly type: 'file' | 'directory';
  readonly size: number;
  readonly content: AsyncIterable<Buffer>;
}

const REFUSED_TYPES: Record<string, string> = {
  '1': 'a hard link',
  '2': 'a symbolic link',
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a FIFO',
  '7': 'a contiguous file',
  g: 'a pax global header',
  L: 'a GNU long name',
  K: 'a GNU long link name',
  S: 'a GNU sparse file',
  M: 'a GNU multi-volume part',
  V: 'a GNU volume label',
  D: 'a GNU dump directory',
  N: 'a GNU old long name',
};

const isZero = (block: Buffer): boolean => block.every((b) => b === 0);

interface Header {
  rawName: string;
  typeflag: string;
  size: number;
}

function parseHeader(block: Buffer, index: number): Header {
  const where = `header block of entry ${index}`;
  const stored = readOctal(block, 'checksum');
  if (stored === null || stored !== checksumOf(block)) throw archiveRefused(`the ${where} has a wrong checksum`);
  const magic = block.subarray(257, 265).toString('latin1');
  if (magic !== POSIX_MAGIC && magic !== GNU_MAGIC) throw archiveRefused(`the ${where} is not a ustar header`);
  if (block[124] !== undefined && (block[124] & 0x80) !== 0) throw archiveRefused(`the ${where} uses a base-256 size (GNU extension)`);
  const size = readOctal(block, 'size');
  if (size === null) throw archiveRefused(`the ${where} has a malformed size`);
  if (readOctal(block, 'mode') === null || readOctal(block, 'mtime') === null) throw archiveRefused(`the ${where} has a malformed mode or mtime`);
  const name = utf8(text(block, 'name'), `the name in the ${where}`);
  // In GNU's format the prefix field holds other data; only POSIX ustar joins it to the name.
  const prefix = magic === POSIX_MAGIC ? utf8(text(block, 'prefix'), `the name prefix in the ${where}`) : '';
  const typeflag = block[156] === 0 ? '0' : String.fromCharCode(block[156] as number);
  return { rawName: prefix ? `${prefix}/${name}` : name, typeflag, size };
}

export async function* readTar(source: AsyncIterable<Uint8Array>, options: ReadTarOptions): AsyncGenerator<TarEntry> {
  const input = new ByteReader(source);
  const seen = new Set<string>();
  const tree = new ArchiveTree();
  let pax: PaxOverrides | null = null;
  for (let index = 0; ; index += 1) {
    const block = await input.read(BLOCK);
    if (block.length === 0) throw archiveRefused('the archive ends without its end-of-archive marker (truncated)');
    if (block.length < BLOCK) throw archiveRefused('the archive ends inside a header (truncated)');
    if (isZero(block)) {
      if (pax) throw archiveRefused('a pax extended header is followed by the end of the archive');
      await readEnd(input);
      return;
    }
    const header = parseHeader(block, index);
    if (header.typeflag === 'x') {
      if (pax) throw archiveRefused(`entry ${index} follows one pax extended header with another`);
      if (header.size > MAX_PAX_BYTES) throw archiveRefused(`the pax extended header of entry ${index} is larger than 64 KiB`);
      pax = parsePax(await readBody(input, header.size, index));
      continue;
    }
    const refused = REFUSED_TYPES[header.typeflag];
    if (refused) throw archiveRefused(`entry ${JSON.stringify(header.rawName.slice(0, 120))} is ${refused}`);
    if (header.typeflag !== '0' && header.typeflag !== '5') throw archiveRefused(`entry ${JSON.stringify(header.rawName.slice(0, 120))} has the unknown type "${header.typeflag}"`);
    const type = header.typeflag === '5' ? 'directory' : 'file';
    const name = checkEntryName(pax?.path ?? header.rawName, type);
    const size = pax?.size ?? header.size;
    pax = null;
    const key = collisionKey(name);
    if (seen.has(key)) throw archiveRefused(`entry ${JSON.stringify(name)} appears twice`);
    if (options.maxEntries !== undefined && seen.size >= options.maxEntries) throw archiveRefused(`more than ${options.maxEntries} entries`);
    seen.add(key);
    tree.add(name, type);
    checkSize(name, type, size, options);
    const remaining = { bytes: size };
    yield { name, type, size, content: contentOf(input, remaining, name) };
    while (remaining.bytes > 0) {
      const piece = await input.readSome(remaining.bytes);
      if (!piece) throw archiveRefused(`entry ${JSON.stringify(name)} is cut short (truncated archive)`);
      remaining.bytes -= piece.length;
    }
    await skipPadding(input, size, name);
  }
}

/**
 * One name cannot be both a file and a folder: `x` then `x/y` (or the reverse) would leave an
 * extraction half done on a filesystem error, so such an archive is refused before its content.
 * Compared as names collide on disk (collisionKey: case and Unicode form folded).
 */
class ArchiveTree {
  private readonly files = new Map<string, string>();
  private readonly folders = new Set<string>();

  add(name: string, type: 'file' | 'directory'): void {
    const parts = name.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const folder = collisionKey(parts.slice(0, depth).join('/'));
      const file = this.files.get(folder);
      if (file !== undefined) throw archiveRefused(`entry ${JSON.stringify(name)} lies inside the file ${JSON.stringify(file)}`);
      this.folders.add(folder);
    }
    const key = collisionKey(name);
    if (type === 'directory') {
      this.folders.add(key);
    } else {
      if (this.folders.has(key)) throw archiveRefused(`entry ${JSON.stringify(name)} is a file where an earlier entry made a folder`);
      this.files.set(key, name);
    }
  }
}

function checkSize(name: string, type: 'file' | 'directory', size: number, options: ReadTarOptions): void {
  const shown = JSON.stringify(name);
  if (type === 'directory') {
    if (size !== 0) throw archiveRefused(`directory entry ${shown} declares content`);
    return;
  }
  if (size > options.maxEntryBytes) throw archiveRefused(`entry ${shown} declares ${size} bytes, more than the ${options.maxEntryBytes} allowed`);
  const declared = options.declaredSize?.(name);
  if (declared !== undefined && declared !== size) throw archiveRefused(`entry ${shown} is ${size} bytes, the manifest declares ${declared}`);
}

async function* contentOf(input: ByteReader, remaining: { bytes: number }, name: string): AsyncGenerator<Buffer> {
  while (remaining.bytes > 0) {
    const piece = await input.readSome(remaining.bytes);
    if (!piece) throw archiveRefused(`entry ${JSON.stringify(name)} is cut short (truncated archive)`);
    remaining.bytes -= piece.length;
    yield piece;
  }
}

async function readBody(input: ByteReader, size: number, index: number): Promise<Buffer> {
  const body = await input.read(size);
  if (body.length < size) throw archiveRefused(`the pax extended header of entry ${index} is cut short`);
  await skipPadding(input, size, `pax header ${index}`);
  return body;
}

async function skipPadding(input: ByteReader, size: number, name: string): Promise<void> {
  const padding = (BLOCK - (size % BLOCK)) % BLOCK;
  if ((await input.read(padding)).length < padding) throw archiveRefused(`entry ${JSON.stringify(name)} is cut short (truncated archive)`);
}

/** After the first zero block: a second one, then nothing but the zeros tar pads its records with. */
async function readEnd(input: ByteReader): Promise<void> {
  const second = await input.read(BLOCK);
  if (second.length < BLOCK || !isZero(second)) throw archiveRefused('the end-of-archive marker is incomplete');
  for (let piece = await input.readSome(64 * 1024); piece; piece = await input.readSome(64 * 1024)) {
    if (!isZero(piece)) throw archiveRefused('data follows the end of the archive (trailing garbage)');
  }
}
