import { AppError } from '../../../shared/errors';
import { malformed } from './errors';
import { checkEntryName } from './tar/entry-name';

/**
 * The signed layer of a bundle: `SHA256SUMS` in coreutils' format (so `sha256sum -c` checks
 * it), and the trusted comment of its minisign signature, which binds the bundle id and the
 * creation time to the officer's key (docs/bundle-format.md §4).
 */
export const SUMS_FILE = 'SHA256SUMS';
export const SIGNATURE_FILE = 'SHA256SUMS.minisig';

export interface FileSum {
  readonly name: string;
  /** 64 lower-case hex digits. */
  readonly sha256: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * One `<hash>  <name>` line per file, sorted by name (UTF-8 byte order), ending in a newline.
 * Archive names have no backslash or newline, so coreutils never needs its escaped form.
 */
export function formatSha256Sums(sums: readonly FileSum[]): string {
  const sorted = [...sums].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  for (const [i, sum] of sorted.entries()) {
    if (!HEX64.test(sum.sha256)) throw new AppError('INVALID_INPUT', `Not a SHA-256 in hex for ${sum.name}.`);
    if (checkEntryName(sum.name, 'file') !== sum.name || sum.name === SUMS_FILE || sum.name === SIGNATURE_FILE) {
      throw new AppError('INVALID_INPUT', `${sum.name} cannot be listed in ${SUMS_FILE}.`);
    }
    if (i > 0 && sorted[i - 1]?.name === sum.name) throw new AppError('INVALID_INPUT', `${sum.name} is listed twice.`);
  }
  return sorted.map((s) => `${s.sha256}  ${s.name}\n`).join('');
}

/** The strict inverse of formatSha256Sums: anything it would not have written is refused. */
export function parseSha256Sums(text: string): FileSum[] {
  if (text !== '' && !text.endsWith('\n')) throw malformed(`${SUMS_FILE} does not end with a newline`);
  const sums = text.split('\n').slice(0, -1).map((line, i) => {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) throw malformed(`line ${i + 1} of ${SUMS_FILE} is not "<sha256>  <name>"`);
    return { sha256: match[1] as string, name: match[2] as string };
  });
  if (formatSha256Sums(sums) !== text) throw malformed(`${SUMS_FILE} is not sorted, or lists a name twice`);
  return sums;
}

const TRUSTED = /^fieldnotes bundle ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}) created (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/;

export interface BundleStamp {
  readonly bundleId: string;
  /** UTC, whole seconds: `2026-12-01T10:00:00Z`. */
  readonly createdAt: string;
}

/** The trusted comment: what `minisign -V` prints to the analyst, and what the global signature covers. */
export function bundleTrustedComment(stamp: BundleStamp): string {
  const comment = `fieldnotes bundle ${stamp.bundleId} created ${stamp.createdAt}`;
  if (!TRUSTED.test(comment)) throw new AppError('INVALID_INPUT', 'A bundle stamp is a lower-case UUID and a UTC time in whole seconds.');
  return comment;
}

export function parseBundleTrustedComment(comment: string): BundleStamp {
  const match = TRUSTED.exec(comment);
  if (!match || Number.isNaN(Date.parse(match[2] as string))) throw malformed('the signature\'s trusted comment is not a Fieldnotes bundle stamp');
  return { bundleId: match[1] as string, createdAt: match[2] as string };
}
