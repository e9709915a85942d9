import { archiveRefused } from '../errors';

/**
 * The pax extended header records a reader may meet in an archive made by hand at headquarters
 * (`tar --format=pax`): `path` and `size` are applied, times and owner names are harmless and
 * ignored. Any other key (links, sparse files, vendor extensions, charset switches) could
 * change what an entry means, so the archive is refused rather than misread.
 */
export const MAX_PAX_BYTES = 64 * 1024;
const IGNORED = new Set(['mtime', 'atime', 'ctime', 'uid', 'gid', 'uname', 'gname']);

export interface PaxOverrides {
  path?: string;
  size?: number;
}

/** UTF-8 text of an archive field; invalid bytes are refused, never replaced. */
export function utf8(data: Buffer, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw archiveRefused(`${what} is not valid UTF-8`);
  }
}

export function parsePax(data: Buffer): PaxOverrides {
  const overrides: PaxOverrides = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = space > at ? Number(data.subarray(at, space).toString('latin1')) : NaN;
    if (!Number.isSafeInteger(length) || !/^[1-9][0-9]*$/.test(data.subarray(at, space).toString('latin1')) || at + length > data.length || data[at + length - 1] !== 0x0a) {
      throw archiveRefused('a pax extended header record is malformed');
    }
    const record = utf8(data.subarray(space + 1, at + length - 1), 'a pax extended header record');
    const equals = record.indexOf('=');
    if (equals <= 0) throw archiveRefused('a pax extended header record has no key');
    const key = record.slice(0, equals);
    const value = record.slice(equals + 1);
    if (key === 'path') overrides.path = value;
    else if (key === 'size') {
      if (!/^[0-9]{1,16}$/.test(value)) throw archiveRefused('a pax size is not a decimal number');
      overrides.size = Number(value);
    } else if (!IGNORED.has(key)) throw archiveRefused(`the pax extension "${key.slice(0, 40)}" is not supported`);
    at += length;
  }
  return overrides;
}
