/**
 * Exit codes are part of the CLI's interface: scripts at headquarters branch on them.
 * 0 done · 1 refused or failed · 2 the command line itself is wrong · 128+n a signal.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** A failure the user can act on: printed as one line, never with a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line cannot be understood as given (exit 2), with a hint where to look. */
export class UsageError extends CliError {
  constructor(message: string, hint = "Run 'fieldnotes --help' for usage.") {
    super(hint ? `${message} ${hint}` : message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** Ctrl-C at the passphrase prompt (raw mode turns it into a byte, not a signal). */
export class InterruptedError extends CliError {
  constructor() {
    super('interrupted', EXIT.interrupted);
    this.name = 'InterruptedError';
  }
}
