import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors';

/** Disk-full and quota errors become one clear, typed error; the caller's state is unchanged. */
export function asStorageError(error: unknown, what: string): unknown {
  const code = error instanceof Error && 'code' in error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return new AppError('STORAGE_FULL', `The disk is full: ${what} was not saved. Free some space and try again.`, { cause: error });
  }
  return error;
}

export function fsyncDirectory(dir: string): void {
  // Windows cannot open a directory for fsync; rename is already durable there.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write-to-temp, fsync, rename, fsync the directory: after a crash or power cut the file is
 * either the old version or the new one, never a torn mix. Used for the vault header, whose
 * loss would make the notebook unrecoverable.
 */
export function writeFileAtomic(file: string, data: string | Buffer, what: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  try {
    const fd = openSync(temp, 'w', 0o600);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    fsyncDirectory(dirname(file));
  } catch (error) {
    rmSync(temp, { force: true });
    throw asStorageError(error, what);
  }
}
