import { writeFileSync } from 'node:fs';

/**
 * Core dumps of a process holding an unlocked vault would write decrypted notes and the
 * SQLCipher key to disk (systemd-coredump keeps them under /var/lib/systemd/coredump).
 *
 * What JavaScript can do on Linux without a native module: write 0 to
 * /proc/<pid>/coredump_filter, so a dump of that process contains no memory mappings at all
 * (anonymous, file-backed, shared or huge pages); the kernel still writes registers and notes.
 * The value is inherited by children forked later. We set it for the main process before
 * Chromium starts its children and again for every child Electron reports.
 *
 * What remains (see docs/security.md): RLIMIT_CORE=0 and prctl(PR_SET_DUMPABLE, 0) are not
 * reachable from Node; the Linux launcher runs `ulimit -c 0` before exec'ing the app, and
 * Chromium's sandboxed renderers are already non-dumpable. macOS and Windows write no core
 * dumps by default (Windows Error Reporting only with a LocalDumps policy).
 */
export function disableCoreDumps(pids: readonly number[], platform: NodeJS.Platform = process.platform): number[] {
  if (platform !== 'linux') return [];
  const failed: number[] = [];
  for (const pid of pids) {
    try {
      writeFileSync(`/proc/${pid}/coredump_filter`, '0');
    } catch {
      // A non-dumpable (sandboxed) child's /proc files belong to root: it cannot dump anyway.
      failed.push(pid);
    }
  }
  return failed;
}
