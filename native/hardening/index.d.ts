declare const hardening: {
  /**
   * Linux: RLIMIT_CORE = 0 (soft and hard) and prctl(PR_SET_DUMPABLE, 0) for this process.
   * True when both took effect; false on other platforms or if either call failed.
   */
  disableCoreDumps(this: void): boolean;
  /** Linux: prctl(PR_GET_DUMPABLE). Elsewhere true. */
  isDumpable(this: void): boolean;
  /**
   * POSIX: tcflush(fd, TCIFLUSH), discarding input typed at the terminal but not yet read.
   * True when something was discarded; false when nothing was pending, and always off POSIX.
   * Throws when fd is not a terminal.
   */
  flushTerminalInput(this: void, fd: number): boolean;
};
export = hardening;
