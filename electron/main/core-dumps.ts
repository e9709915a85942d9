import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';

/** util-linux's prlimit, by absolute path so a doctored PATH cannot substitute another program. */
const PRLIMIT = '/usr/bin/prlimit';

/**
 * Core dumps of a process holding an unlocked vault would write decrypted notes and the
 * SQLCipher key to disk (systemd-coredump keeps them under /var/lib/systemd/coredump).
 *
 * What JavaScript can do on Linux without a native module, for each process:
 * - RLIMIT_CORE = 0, soft and hard (the hard limit cannot be raised again without privilege),
 *   set from outside with prlimit(1), which exists on every util-linux system;
 * - /proc/<pid>/coredump_filter = 0, so even a dump made despite that holds no memory mappings.
 * Both are inherited by children forked later. Set for the main process before Chromium starts
 * its children and again for every child Electron reports.
 *
 * What remains (see docs/security.md): prctl(PR_SET_DUMPABLE, 0), which would also stop
 * same-user ptrace of the main process, needs native code. Chromium's sandboxed renderers are
 * already non-dumpable. macOS and Windows write no core dumps by default (Windows Error
 * Reporting only with a LocalDumps policy).
 *
 * Returns the pids where a step failed (a sandboxed child's /proc files belong to root: it
 * cannot dump anyway).
 */
export function disableCoreDumps(pids: readonly number[], platform: NodeJS.Platform = process.platform): number[] {
  if (platform !== 'linux') return [];
  const failed: number[] = [];
  const havePrlimit = existsSync(PRLIMIT);
  for (const pid of pids) {
    try {
      if (havePrlimit) execFileSync(PRLIMIT, ['--pid', String(pid), '--core=0:0'], { stdio: 'ignore', timeout: 5_000 });
      writeFileSync(`/proc/${pid}/coredump_filter`, '0');
    } catch {
      failed.push(pid);
    }
  }
  if (!havePrlimit) failed.push(...pids);
  return [...new Set(failed)];
}
