import { archiveRefused } from '../errors';

/**
 * The one rule for names inside a bundle's archive, for the writer and the reader alike: a
 * relative path of plain segments that extracts to the same place on Linux, macOS and Windows.
 * Refused, each for the threat it answers: `..` segments and absolute paths (writing outside
 * the target folder), backslashes and `:` (Windows separators, drive letters, alternate data
 * streams), control characters (terminal escapes in a listing), and names that are not NFC
 * (two spellings of one name on macOS), and segments Windows cannot create or silently
 * renames (headquarters opens bundles there): its reserved device names (CON, NUL, COM1…, with
 * any extension), a trailing dot or space (stripped, so `a.` and `a` land on one file), and
 * `<>"|?*`. Leading `./` (as `tar -C dir .` writes) is dropped.
 */
export const MAX_NAME_BYTES = 255;

/** The device names Windows reserves in every folder, whatever the extension ("NUL.txt" too). */
const WINDOWS_DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i;

function checkWindowsSegment(segment: string, shown: string): void {
  if (/[<>"|?*]/.test(segment)) throw archiveRefused(`entry ${shown} has a character Windows refuses in a name (<>"|?*)`);
  if (/[. ]$/.test(segment)) throw archiveRefused(`entry ${shown} has a segment ending in a dot or a space`);
  if (WINDOWS_DEVICE.test((segment.split('.')[0] as string).trimEnd())) throw archiveRefused(`entry ${shown} uses a name Windows reserves for a device`);
}

export function checkEntryName(raw: string, kind: 'file' | 'directory'): string {
  let name = raw;
  while (name.startsWith('./')) name = name.slice(2);
  if (kind === 'directory') name = name.replace(/\/$/, '');
  const shown = JSON.stringify(raw.slice(0, 120));
  if (name === '' || name === '.') {
    if (kind === 'directory') return '.';
    throw archiveRefused(`entry ${shown} has an empty name`);
  }
  if (name.startsWith('/')) throw archiveRefused(`entry ${shown} has an absolute path`);
  if (/[\\:]/.test(name)) throw archiveRefused(`entry ${shown} has a backslash or colon in its name`);
  if (/[\u0000-\u001f\u007f]/.test(name)) throw archiveRefused(`entry ${shown} has a control character in its name`);
  for (const segment of name.split('/')) {
    if (segment === '..') throw archiveRefused(`entry ${shown} climbs out of the archive (..)`);
    if (segment === '' || segment === '.') throw archiveRefused(`entry ${shown} has an empty or "." path segment`);
    checkWindowsSegment(segment, shown);
  }
  if (name !== name.normalize('NFC')) throw archiveRefused(`entry ${shown} is not in Unicode NFC form`);
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) throw archiveRefused(`entry ${shown} has a name longer than ${MAX_NAME_BYTES} bytes`);
  return name;
}

/** Names that would land on one file on a case-insensitive disk count as duplicates. */
export const collisionKey = (name: string): string => name.toLowerCase();
