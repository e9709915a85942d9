import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

/**
 * A lock held by creating a file with O_EXCL, which is atomic on every local filesystem Node
 * runs on (Linux, macOS, Windows), so two processes can never both create it. The holder
 * writes its pid and a random nonce; a lock whose holder died (kill -9, power cut between
 * create and remove) is recognised by a dead pid, or by age when the pid was reused.
 *
 * The work runs synchronously while the lock is held: it is a few file operations, and a
 * synchronous section cannot interleave with another caller in the same process.
 */

export interface FileLockOptions {
  /** A lock older than this (by the file's modification time) is abandoned whoever holds it. */
  staleAfterMs?: number;
  /** Give up waiting after this many retries (the holder is alive and stuck). */
  maxWaits?: number;
  /** How to wait between attempts; tests replace it to observe contention without sleeping. */
  wait?: () => Promise<void>;
}

export class FileLockTimeoutError extends Error {
  constructor(file: string) {
    super(`Timed out waiting for the lock ${file}.`);
    this.name = 'FileLockTimeoutError';
  }
}

const DEFAULTS = {
  staleAfterMs: 30_000,
  // About five seconds at the default wait: far longer than any holder's few file operations.
  maxWaits: 500,
  wait: () => new Promise<void>((resolve) => setTimeout(resolve, 10)),
} satisfies Required<FileLockOptions>;

interface Holder {
  pid: number;
  nonce: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && typeof parsed.nonce === 'string' ? { pid: parsed.pid, nonce: parsed.nonce } : undefined;
  } catch {
    // Gone, or created but not yet written: judged by age alone.
    return undefined;
  }
}

function ageMs(file: string): number | undefined {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function isAbandoned(holder: Holder | undefined, age: number, staleAfterMs: number): boolean {
  if (age > staleAfterMs) return true;
  if (!holder) return false;
  // Our own pid with a nonce we are not holding is a dead process's lock whose pid came back to us.
  if (holder.pid === process.pid) return true;
  return !isAlive(holder.pid);
}

/**
 * Removes an abandoned lock without ever removing a live one: the lock is first renamed to a
 * name only this caller knows (rename is atomic, so only one breaker wins), then checked to be
 * the same lock that was judged abandoned. If another process took the lock in between, it is
 * put back with link(), which fails rather than replace a lock someone else created meanwhile.
 */
function breakAbandoned(file: string, judged: Holder | undefined): void {
  const aside = `${file}.stale-${randomUUID()}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Someone else broke or released it first.
  }
  const found = readHolder(aside);
  const sameLock = found === undefined || found.nonce === judged?.nonce;
  if (!sameLock) {
    try {
      linkSync(aside, file);
    } catch {
      // A third process holds the lock now; the one set aside is dropped below.
    }
  }
  rmSync(aside, { force: true });
}

function tryCreate(file: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

function release(file: string, holder: Holder): void {
  // Only our own lock: if it was wrongly broken and retaken, the new holder keeps it.
  if (readHolder(file)?.nonce === holder.nonce) rmSync(file, { force: true });
}

/**
 * Runs `work` while holding the lock file `file`, waiting for another holder to finish.
 * Throws the file system's error when the lock cannot be created at all (missing folder,
 * read-only or full disk), and FileLockTimeoutError when a live holder never lets go.
 */
export async function withFileLock<T>(file: string, work: () => T, options: FileLockOptions = {}): Promise<T> {
  const { staleAfterMs, maxWaits, wait } = { ...DEFAULTS, ...options };
  const holder: Holder = { pid: process.pid, nonce: randomUUID() };
  for (let attempt = 0; ; attempt += 1) {
    if (tryCreate(file, holder)) {
      try {
        return work();
      } finally {
        release(file, holder);
      }
    }
    // Counted before breaking too: a break that keeps failing must not spin forever.
    if (attempt >= maxWaits) throw new FileLockTimeoutError(file);
    const current = readHolder(file);
    const age = ageMs(file);
    if (age !== undefined && isAbandoned(current, age, staleAfterMs)) breakAbandoned(file, current);
    else await wait();
  }
}
