/**
 * The 512-byte POSIX ustar header (POSIX.1-1988, pax(1) "ustar Interchange Format"): field
 * offsets and lengths, octal numbers, and the checksum. Shared by the writer and the reader.
 */
export const BLOCK = 512;

export const FIELD = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  typeflag: [156, 1],
  linkname: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devmajor: [329, 8],
  devminor: [337, 8],
  prefix: [345, 155],
} as const satisfies Record<string, readonly [number, number]>;

export type Field = keyof typeof FIELD;

/** The magic and version fields together (257-264). */
export const POSIX_MAGIC = 'ustar\u000000';
export const GNU_MAGIC = 'ustar  \u0000';
/** The largest size 11 octal digits hold: 8 GiB - 1. */
export const MAX_OCTAL_SIZE = 8 * 1024 ** 3 - 1;

export function field(block: Buffer, name: Field): Buffer {
  const [at, length] = FIELD[name];
  return block.subarray(at, at + length);
}

/** The field's text up to its first NUL. */
export function text(block: Buffer, name: Field): Buffer {
  const raw = field(block, name);
  const nul = raw.indexOf(0);
  return nul < 0 ? raw : raw.subarray(0, nul);
}

/** The unsigned byte sum with the checksum field counted as spaces. */
export function checksumOf(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= FIELD.checksum[0] && i < FIELD.checksum[0] + FIELD.checksum[1] ? 0x20 : (block[i] as number);
  return sum;
}

/** An octal field: digits, then NULs or spaces. null when it is anything else (base-256 included). */
export function readOctal(block: Buffer, name: Field): number | null {
  const raw = field(block, name).toString('latin1');
  const match = /^ *([0-7]+)[ \0]*$/.exec(raw);
  return match ? parseInt(match[1] as string, 8) : null;
}

export function writeOctal(block: Buffer, name: Field, value: number): void {
  const [at, length] = FIELD[name];
  block.write(`${value.toString(8).padStart(length - 1, '0')}\0`, at, length, 'latin1');
}
