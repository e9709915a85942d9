import { constants, createReadStream, fstatSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { isatty } from 'node:tty';
import { PASSPHRASE_MAX_LENGTH } from '../../shared/domain/passphrase';
import { CliError, UsageError } from './errors';
import { decodeUtf8, describeFsError, readCapped, withoutFinalNewline } from './read-text';

const OWNER_ONLY_MODES = [0o600, 0o400];

/** `--passphrase-fd N`: a small whole number; checked before anything else runs. */
export function parseFd(raw: string, label: string): number {
  if (!/^\d{1,4}$/.test(raw)) throw new UsageError(`${label} must be a file descriptor number (got '${raw}').`);
  return Number(raw);
}

/**
 * The bytes become a string (which JavaScript cannot wipe); the buffer holding them can be,
 * so it is zeroed at once rather than left for the garbage collector.
 */
function decodePassphrase(bytes: Buffer, label: string, where: string): string {
  try {
    const text = withoutFinalNewline(decodeUtf8(bytes, label, where));
    if (text === '') throw new CliError(`${label}: ${where} holds no passphrase.`);
    return text;
  } finally {
    bytes.fill(0);
  }
}

/**
 * Only a pipe, a socket or a file can carry a passphrase. Anything else at that number is
 * not what the caller meant: `npm run` and the `tsx` command do not hand extra descriptors
 * on, so their process has its own (an eventfd, say) at 3.
 */
function refuseOtherDescriptors(fd: number, label: string): void {
  const stats = fstatSync(fd);
  if (!stats.isFIFO() && !stats.isSocket() && !stats.isFile()) {
    throw new CliError(`${label} ${fd} is not a pipe or a file here; npm run and tsx do not pass extra descriptors on: run the fieldnotes bin.`);
  }
}

/**
 * Reads the passphrase from an open descriptor (a pipe from a password manager, `3<file`)
 * until end of file. A terminal is refused: it would echo the passphrase as it is typed,
 * and the hidden prompt does the same job without echo.
 */
export async function readPassphraseFd(fd: number, label: string): Promise<string> {
  if (isatty(fd)) throw new UsageError(`${label} ${fd} is a terminal: leave the option out to be asked without echo.`, '');
  try {
    refuseOtherDescriptors(fd, label);
    const stream = createReadStream('', { fd, autoClose: false, highWaterMark: 4096 });
    return decodePassphrase(await readCapped(stream, PASSPHRASE_MAX_LENGTH, label), label, `descriptor ${fd}`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${label} ${fd}: ${describeFsError(error)}.`);
  }
}

/** Why a passphrase file is not private enough, or null when it is. */
function filePermissionProblem(stats: Stats, uid: number): string | null {
  if (!stats.isFile()) return 'not a regular file';
  if (stats.uid !== uid) return 'owned by another user';
  const mode = stats.mode & 0o777;
  if (!OWNER_ONLY_MODES.includes(mode)) return `mode 0${mode.toString(8)} lets others read or change it (chmod 600 it)`;
  return null;
}

/**
 * `--passphrase-file F`: only a regular file of the current user that nobody else can read
 * (0600 or 0400). A passphrase in a world-readable file is a passphrase for every account on
 * the machine. The checks run on the opened file (fstat), so the file cannot be swapped
 * between check and read; O_NOFOLLOW refuses a symbolic link and O_NONBLOCK keeps a FIFO
 * from blocking the open.
 */
export async function readPassphraseFile(path: string, label: string): Promise<string> {
  const uid = process.getuid?.();
  if (uid === undefined) throw new CliError(`${label} needs POSIX file permissions; use --passphrase-fd on this system.`);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const problem = filePermissionProblem(await handle.stat(), uid);
    if (problem) throw new CliError(`${label} ${path}: ${problem}.`);
    const bytes = await readCapped(handle.createReadStream({ autoClose: false, highWaterMark: 4096 }), PASSPHRASE_MAX_LENGTH, label);
    return decodePassphrase(bytes, label, path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${label} ${path}: ${describeFsError(error)}.`);
  } finally {
    await handle?.close();
  }
}
