import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import hardening from '@fieldnotes/hardening';
import { securityEvent } from './log';
import { existsSync, writeFileSync } from 'node:fs';

/** util-linux's prlimit, by absolute path so a doctored PATH cannot substitute another program. */
const PRLIMIT = '/usr/bin/prlimit';
const run = promisify(execFile);

/**
 * Core dumps of a process holding an unlocked vault would write decrypted notes and the
 * SQLCipher key to disk (systemd-coredump keeps them under /var/lib/systemd/coredump).
 *
 * The main process (which holds the key) calls native/hardening on itself: RLIMIT_CORE 0:0 and
 * prctl(PR_SET_DUMPABLE, 0), which also stops same-user ptrace and /proc/<pid>/mem reads.
 * For the other processes of the app, from outside:
 * - RLIMIT_CORE = 0, soft and hard (the hard limit cannot be raised again without privilege),
 *   set from outside with prlimit(1), which exists on every util-linux system;
 * - /proc/<pid>/coredump_filter = 0, so even a dump made despite that holds no memory mappings.
 * Both are inherited by children forked later. Set for the main process before Chromium starts
 * its children and again for every child Electron reports.
 *
 * PR_SET_DUMPABLE can only be set by a process on itself; Chromium's sandboxed renderers are
 * already non-dumpable. macOS and Windows write no core dumps by default (Windows Error
 * Reporting only with a LocalDumps policy).
 *
 * Returns the pids where a step failed (a sandboxed child's /proc files belong to root: it
 * cannot dump anyway).
 */
export async function disableCoreDumps(pids: readonly number[], platform: NodeJS.Platform = process.platform): Promise<number[]> {
  if (platform !== 'linux') return [];
  const havePrlimit = existsSync(PRLIMIT);
  // Asynchronous so a page load never waits on a child process.
  const results = await Promise.all(
    pids.map(async (pid) => {
      try {
        if (havePrlimit) await run(PRLIMIT, ['--pid', String(pid), '--core=0:0'], { timeout: 5_000 });
        writeFileSync(`/proc/${pid}/coredump_filter`, '0');
        return havePrlimit ? null : pid;
      } catch {
        return pid;
      }
    }),
  );
  return results.filter((pid): pid is number => pid !== null);
}

/** Sandboxed children are expected here (they are non-dumpable already); the log says which. */
export function reportCoreDumpFailures(result: Promise<number[]>): void {
  void result.then(
    (failed) => {
      if (failed.length > 0) securityEvent(`core dumps: could not limit pids ${failed.join(', ')} (sandboxed children are non-dumpable anyway)`);
    },
    () => securityEvent('core dumps: limiting failed'),
  );
}

/** The main process on itself (Linux): non-dumpable, no core file. Call before Chromium starts children. */
export function hardenOwnProcess(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return true;
  const done = hardening.disableCoreDumps();
  if (!done) securityEvent('core dumps: could not make the main process non-dumpable');
  return done;
}
